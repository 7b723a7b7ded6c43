import CasebookModel

/// Everything said about a rule, for people and for tests: `casebook rules` and `casebook explain`
/// print it, and one generic test runs its examples (SwiftLint's rule descriptions are the model).
public struct RuleDescription: Sendable {
    public var id: RuleID
    /// One line: what the rule finds.
    public var summary: String
    /// Why: which policy clause the rule enforces.
    public var rationale: String
    public var defaultSeverity: Severity
    /// How to fix what it finds.
    public var hint: String
    /// Texts that must produce no finding.
    public var passing: [String]
    /// Texts that must produce findings exactly at the `⟦ ⟧` brackets (one finding per pair).
    public var failing: [String]

    public init(id: RuleID, summary: String, rationale: String, defaultSeverity: Severity, hint: String,
                passing: [String], failing: [String]) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.hint = hint
        self.passing = passing
        self.failing = failing
    }
}

/// A rule that scans the text of a source file.
public protocol TextRule: Sendable {
    var description: RuleDescription { get }
    /// The byte ranges of what the rule finds, with the kind of thing each one is.
    func matches(in document: ScanDocument) -> [Match]
}

/// What a rule found: a byte range of the document and what it is ("telephone number").
public struct Match: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var kind: String

    public init(_ range: Range<Int>, _ kind: String) {
        self.start = range.lowerBound
        self.end = range.upperBound
        self.kind = kind
    }

    public var range: Range<Int> { start..<end }
}
