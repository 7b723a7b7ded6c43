import CasebookModel
import Foundation

/// A stable machine format: `{"version":1,"findings":[…],"suppressed":[…],"settings":{…},"summary":{…}}`,
/// keys sorted, positions 1-based with columns in UTF-16 code units.
enum JSONReport {
    struct Document: Encodable {
        var version = 1
        var findings: [Entry]
        var suppressed: [Suppressed]
        var settings: Settings
        var summary: [String: Int]
    }

    struct Entry: Encodable {
        var rule: String
        var severity: String
        var message: String
        var hint: String?
        var file: String
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int

        init(_ finding: Finding) {
            rule = finding.ruleID.rawValue
            severity = finding.severity.rawValue
            message = finding.message
            hint = finding.hint
            file = finding.range.file
            startLine = finding.range.start.line
            startColumn = finding.range.start.column
            endLine = finding.range.end.line
            endColumn = finding.range.end.column
        }
    }

    struct Suppressed: Encodable {
        var finding: Entry
        var reason: String
        var suppressedAt: String
    }

    struct Settings: Encodable {
        var severities: [String: String]
        var allowances: [[String: String]]
    }

    static func render(_ report: Report) -> String {
        let document = Document(
            findings: report.findings.map(Entry.init),
            suppressed: report.suppressed.map { Suppressed(finding: Entry($0.finding), reason: $0.reason, suppressedAt: "\($0.by.file):\($0.by.start.line)") },
            settings: Settings(
                severities: Dictionary(report.settings.severities.map { ($0.rule.rawValue, $0.severity?.rawValue ?? "off") }, uniquingKeysWith: { $1 }),
                allowances: report.settings.allowances.map { ["rule": $0.rule.rawValue, "term": Mask.shape($0.term), "reason": $0.reason] }
            ),
            summary: [
                "errors": report.findings.filter { $0.severity == .error }.count,
                "warnings": report.findings.filter { $0.severity == .warning }.count,
                "notes": report.findings.filter { $0.severity == .note }.count,
                "suppressed": report.suppressed.count,
            ]
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(document), as: UTF8.self) + "\n"
    }
}

import CasebookRules
