import CasebookModel

/// Findings for people: grouped by file, `file:line:col: severity rule-id: message`, a hint under
/// each, and a summary line. Colour only when asked (a terminal without NO_COLOR).
public enum TextReport {
    public static func render(_ findings: [Finding], colour: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var output = ""
        var currentFile: String?
        for finding in findings.sorted() {
            if finding.range.file != currentFile {
                if currentFile != nil { output += "\n" }
                output += paint(finding.range.file, "1") + "\n"
                currentFile = finding.range.file
            }
            let severity: String
            switch finding.severity {
            case .error: severity = paint("error", "31;1")
            case .warning: severity = paint("warning", "33;1")
            case .note: severity = paint("note", "36")
            }
            output += "  \(finding.range.file):\(finding.range.start.line):\(finding.range.start.column): \(severity) \(paint(finding.ruleID.rawValue, "2")): \(finding.message)\n"
            if let hint = finding.hint { output += "    \(paint("hint:", "2")) \(hint)\n" }
        }
        if !findings.isEmpty { output += "\n" }
        return output + summary(findings)
    }

    /// "2 errors, 1 warning" — or "no problems found".
    public static func summary(_ findings: [Finding]) -> String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            guard count > 0 else { return nil }
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        return counts.isEmpty ? "no problems found\n" : counts.joined(separator: ", ") + "\n"
    }
}
