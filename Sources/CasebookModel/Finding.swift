/// How serious a finding is. `error` stops a build; `--strict` treats warnings as errors.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A dotted rule id: a family, then the rule (`privacy.phone`, `content.front-matter`).
public struct RuleID: Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws { self.rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var family: Substring { rawValue.prefix { $0 != "." } }
    public var description: String { rawValue }
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One problem found in the sources: which rule, how serious, where, what and how to fix it.
/// Messages never repeat identifying text: they name the kind of thing found.
public struct Finding: Hashable, Sendable, Codable, Comparable {
    public var ruleID: RuleID
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    public var hint: String?

    public init(ruleID: RuleID, severity: Severity, message: String, range: SourceRange, hint: String? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.hint = hint
    }

    /// Findings sort by file, position, then rule id, so every report lists them in the same order.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.range, lhs.ruleID.rawValue, lhs.message) < (rhs.range, rhs.ruleID.rawValue, rhs.message)
    }
}

extension Collection where Element == Finding {
    /// Whether any finding stops a build: an error, or with `strict` also a warning.
    public func blocksBuild(strict: Bool) -> Bool {
        contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}
