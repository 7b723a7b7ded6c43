import CasebookModel

/// Findings for people: grouped by file, `file:line:col: severity rule-id: message`, a hint under
/// each, then what was suppressed and how casebook.yml changed rules, then a summary line.
enum TextReport {
    static func render(_ report: Report, colour: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var output = ""
        var currentFile: String?
        for finding in report.findings {
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
        if !report.suppressed.isEmpty {
            output += (output.isEmpty ? "" : "\n") + paint("Suppressed", "1") + "\n"
            for entry in report.suppressed {
                let finding = entry.finding
                output += "  \(finding.range.file):\(finding.range.start.line):\(finding.range.start.column): \(finding.ruleID): \(finding.message)\n"
                output += "    reason: \(entry.reason) (\(entry.by.file):\(entry.by.start.line))\n"
            }
        }
        let settings = report.settingLines
        if !settings.isEmpty {
            output += (output.isEmpty ? "" : "\n") + paint("Rule settings from casebook.yml", "1") + "\n"
            for line in settings { output += "  \(line)\n" }
        }
        if !output.isEmpty { output += "\n" }
        return output + report.summary + "\n"
    }
}
