import ArgumentParser
import CasebookLoad
import CasebookModel
import CasebookReport
import CasebookRules
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every check without writing a site.",
        discussion: """
        PATH may be a collection (a folder with casebook.yml: drafts are checked too), any folder \
        (every .md file below it), or single Markdown files. Suppressed findings and rule settings \
        are listed in every format.
        """
    )

    @Argument(help: "Collections, folders or Markdown files (default: the current folder).")
    var paths: [String] = []

    @Option(help: "text, json, sarif or github.")
    var format: Report.Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        var findings: [Finding] = []
        var suppressed: [SuppressedFinding] = []
        var settings = RuleSettings()
        for path in paths.isEmpty ? ["."] : paths {
            if FileManager.default.fileExists(atPath: path + "/casebook.yml") {
                let loaded = try ArchiveLoader.load(from: path, options: .init(includeDrafts: true))
                let checked = Checker.check(loaded.archive, rules: Registry.all)
                findings += loaded.findings + checked.findings
                suppressed += checked.suppressed
                settings.severities += checked.settings.severities
                settings.allowances += checked.settings.allowances
            } else {
                let loaded = try LooseFiles.load([path])
                let checked = Checker.check(loaded.sources, rules: Registry.all, settings: RuleSettings())
                findings += loaded.findings + checked.findings
                suppressed += checked.suppressed
            }
        }
        let report = Report(findings: findings, suppressed: suppressed, settings: settings)
        Terminal.printOut(report.render(format, colour: format == .text && Terminal.colour))
        if findings.blocksBuild(strict: strict) { throw ExitCode(1) }
    }
}

extension Report.Format: ExpressibleByArgument {}
