import CasebookModel
import CasebookRules
import Foundation

/// SARIF 2.1.0, as GitHub code scanning and other viewers read it: one run, the rules in
/// `tool.driver.rules`, 1-based regions with `columnKind: utf16CodeUnits`, and suppressed findings
/// as results with an in-source suppression and its justification.
enum SARIFReport {
    static func render(_ report: Report) -> String {
        let ruleIDs = report.rules.map(\.id.rawValue) + Set(report.findings.map(\.ruleID.rawValue)).subtracting(report.rules.map(\.id.rawValue)).sorted()
        let index = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        let rules: [[String: Any]] = ruleIDs.map { id in
            let description = report.rules.first { $0.id.rawValue == id }
            var rule: [String: Any] = [
                "id": id,
                "shortDescription": ["text": description?.summary ?? id],
            ]
            if let description {
                rule["fullDescription"] = ["text": description.rationale]
                rule["help"] = ["text": description.hint]
                rule["defaultConfiguration"] = ["level": level(description.defaultSeverity)]
            }
            return rule
        }
        func result(_ finding: Finding, suppression: (reason: String, by: SourceRange)?) -> [String: Any] {
            var result: [String: Any] = [
                "ruleId": finding.ruleID.rawValue,
                "ruleIndex": index[finding.ruleID.rawValue] ?? 0,
                "level": level(finding.severity),
                "message": ["text": finding.message + (finding.hint.map { " \($0)" } ?? "")],
                "locations": [[
                    "physicalLocation": [
                        "artifactLocation": ["uri": finding.range.file],
                        "region": [
                            "startLine": finding.range.start.line,
                            "startColumn": max(1, finding.range.start.column),
                            "endLine": finding.range.end.line,
                            "endColumn": max(1, finding.range.end.column),
                        ],
                    ],
                ]],
            ]
            if let suppression {
                result["suppressions"] = [["kind": "inSource", "justification": suppression.reason]]
            }
            return result
        }
        let results = report.findings.map { result($0, suppression: nil) }
            + report.suppressed.map { result($0.finding, suppression: ($0.reason, $0.by)) }
        let document: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "casebook", "informationUri": "https://cases.example.org/casebook", "rules": rules]],
                "columnKind": "utf16CodeUnits",
                "results": results,
            ]],
        ]
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
