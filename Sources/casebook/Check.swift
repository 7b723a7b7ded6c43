import ArgumentParser
import CasebookLoad
import CasebookModel
import CasebookReport
import CasebookRules
import CasebookSite
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every check on a collection without writing a site.",
        discussion: "Drafts are checked too."
    )

    @Argument(help: "The collection's folder (holding casebook.yml).")
    var source: String = "."

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let loaded = try ArchiveLoader.load(from: source, options: .init(includeDrafts: true))
        let findings = (loaded.findings + Checker.check(loaded.archive, rules: Pipeline.standard.rules)).sorted()
        Terminal.printOut(TextReport.render(findings, colour: Terminal.colour))
        if findings.blocksBuild(strict: strict) { throw ExitCode(1) }
    }
}
