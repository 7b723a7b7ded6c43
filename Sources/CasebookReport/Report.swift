import CasebookModel
import CasebookRules

/// Everything a report shows: findings that count, findings that were suppressed (with reasons), and
/// the rule settings from casebook.yml. Every format lists all three, so a reviewer sees what was
/// silenced and why. Reporters only format: they never look at source text, and messages are
/// already masked by the checker.
public struct Report: Sendable {
    public var findings: [Finding]
    public var suppressed: [SuppressedFinding]
    public var settings: RuleSettings
    /// The descriptions of the rules that ran (SARIF lists them in the driver).
    public var rules: [RuleDescription]

    public init(findings: [Finding], suppressed: [SuppressedFinding] = [], settings: RuleSettings = RuleSettings(), rules: [RuleDescription] = Registry.all.map(\.description)) {
        self.findings = findings.sorted()
        self.suppressed = suppressed
        self.settings = settings
        self.rules = rules
    }

    public enum Format: String, CaseIterable, Sendable {
        case text, json, sarif, github
    }

    public func render(_ format: Format, colour: Bool = false) -> String {
        switch format {
        case .text: TextReport.render(self, colour: colour)
        case .json: JSONReport.render(self)
        case .sarif: SARIFReport.render(self)
        case .github: GitHubReport.render(self)
        }
    }

    /// "2 errors, 1 warning" — or "no problems found".
    public var summary: String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            guard count > 0 else { return nil }
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        var line = counts.isEmpty ? "no problems found" : counts.joined(separator: ", ")
        if !suppressed.isEmpty { line += "; \(suppressed.count) suppressed" }
        return line
    }

    /// Lines describing each casebook.yml change to a rule.
    var settingLines: [String] {
        settings.severities.map { change in
            "\(change.range.file):\(change.range.start.line): \(change.rule) \(change.severity.map { "severity set to \($0.rawValue)" } ?? "turned off")"
        } + settings.allowances.map { allowance in
            "\(allowance.range.file):\(allowance.range.start.line): \(allowance.rule) allows `\(Mask.shape(allowance.term))`: \(allowance.reason)"
        }
    }
}
