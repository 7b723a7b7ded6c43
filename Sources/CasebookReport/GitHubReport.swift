import CasebookModel

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`,
/// which annotate the pull request; suppressed findings and rule settings as `::notice` lines.
enum GitHubReport {
    static func render(_ report: Report) -> String {
        var output = ""
        for finding in report.findings {
            let command = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
            output += "::\(command) \(properties(finding))::\(escapeData(finding.message + (finding.hint.map { " \($0)" } ?? "")))\n"
        }
        for entry in report.suppressed {
            output += "::notice \(properties(entry.finding))::\(escapeData("Suppressed: \(entry.finding.message) Reason: \(entry.reason)"))\n"
        }
        for line in report.settingLines {
            output += "::notice title=casebook.yml::\(escapeData(line))\n"
        }
        return output + report.summary + "\n"
    }

    static func properties(_ finding: Finding) -> String {
        [
            "file=\(escapeProperty(finding.range.file))",
            "line=\(finding.range.start.line)",
            "col=\(finding.range.start.column)",
            "endLine=\(finding.range.end.line)",
            "endColumn=\(finding.range.end.column)",
            "title=\(escapeProperty(finding.ruleID.rawValue))",
        ].joined(separator: ",")
    }

    /// GitHub's escaping for the message part.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping for property values.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

import Foundation
