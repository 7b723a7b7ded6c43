/// A 1-based line and column in a source file. Columns count UTF-16 code units, as editors and SARIF
/// (`columnKind: utf16CodeUnits`) do; parser wrappers convert to this unit before a position leaves them.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// Where something is in a source file: the file's path (as shown to the user) and a start and end position.
/// `end` is exclusive: a one-character token at 3:5 has end 3:6.
public struct SourceRange: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var start: SourcePosition
    public var end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A range that covers the start of a line: used for findings about a whole file or a missing key.
    public init(file: String, line: Int, column: Int = 1) {
        self.init(file: file, start: SourcePosition(line: line, column: column), end: SourcePosition(line: line, column: column))
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.file, lhs.start, lhs.end) < (rhs.file, rhs.start, rhs.end)
    }

    public var description: String { "\(file):\(start)" }
}
