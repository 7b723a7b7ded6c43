import ArgumentParser
import CasebookModel
import CasebookReport
import CasebookSite
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every case and, only if all pass, write the site.",
        discussion: "The site is written beside the output folder and swapped in at the end, so a failed build leaves the previous site untouched."
    )

    @Option(help: "The collection's folder (holding casebook.yml, content/ and Templates/).")
    var source: String = "."

    @Option(help: "Where to write the site (default: site/ in the source folder).")
    var output: String?

    @Flag(help: "Also build cases whose status is draft or review.")
    var drafts = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .customLong("base-url"), help: "Override base_url from casebook.yml.")
    var baseURL: String?

    @Flag(name: .shortAndLong, help: "Print only findings and errors.")
    var quiet = false

    func run() throws {
        let start = DispatchTime.now()
        let options = BuildOptions(sourceRoot: source, output: output, includeDrafts: drafts, strict: strict, baseURL: baseURL)
        let result = try SiteBuilder.build(options)
        if !result.findings.isEmpty || !result.suppressed.isEmpty || !result.settings.severities.isEmpty || !result.settings.allowances.isEmpty {
            let report = Report(findings: result.findings, suppressed: result.suppressed, settings: result.settings)
            Terminal.printOut(report.render(.text, colour: Terminal.colour))
        }
        guard let written = result.filesWritten else {
            FileHandle.standardError.write(Data("casebook: nothing written: fix the findings above (the previous site is unchanged)\n".utf8))
            throw ExitCode(1)
        }
        if !quiet {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            var line = "Built \(result.caseCount) case\(result.caseCount == 1 ? "" : "s") (\(written) files) into \(options.output) in \(String(format: "%.2f", seconds)) s"
            if !result.skippedDrafts.isEmpty {
                line += "; skipped \(result.skippedDrafts.count) draft\(result.skippedDrafts.count == 1 ? "" : "s") (--drafts to include)"
            }
            Terminal.printOut(line + "\n")
        }
    }
}
