/// What `casebook.yml` says about rules (its `rules:` section), each with where it is written:
///
/// ```yaml
/// rules:
///   privacy.name:
///     severity: warning        # error | warning | note | off
///     allow:
///       - term: Okafor
///         reason: The Okafor classification is named after its author, not a patient.
/// ```
public struct RuleSettings: Sendable {
    public struct SeverityChange: Sendable {
        public var rule: RuleID
        /// nil turns the rule off.
        public var severity: Severity?
        public var range: SourceRange

        public init(rule: RuleID, severity: Severity?, range: SourceRange) {
            self.rule = rule
            self.severity = severity
            self.range = range
        }
    }

    /// A term a rule accepts collection-wide (compared case-insensitively with the matched text).
    public struct Allowance: Sendable {
        public var rule: RuleID
        public var term: String
        public var reason: String
        public var range: SourceRange

        public init(rule: RuleID, term: String, reason: String, range: SourceRange) {
            self.rule = rule
            self.term = term
            self.reason = reason
            self.range = range
        }
    }

    public var severities: [SeverityChange]
    public var allowances: [Allowance]

    public init(severities: [SeverityChange] = [], allowances: [Allowance] = []) {
        self.severities = severities
        self.allowances = allowances
    }
}
