import CasebookModel
import Yams

/// Reads a YAML block of a source file into typed values, one key at a time, recording a finding
/// with the key's or value's exact position for every problem instead of stopping at the first.
/// Yams reports positions relative to the YAML block in Unicode scalars; this maps them to file
/// lines and UTF-16 columns.
struct YAMLReader {
    let source: SourceText
    /// The 1-based file line of the YAML block's first line.
    let firstLine: Int
    private(set) var findings: [Finding] = []
    private(set) var values: [FrontMatterValue] = []

    static let syntaxRule: RuleID = "content.front-matter"
    static let unknownKeyRule: RuleID = "content.unknown-key"

    init(source: SourceText, firstLine: Int) {
        self.source = source
        self.firstLine = firstLine
    }

    // MARK: Positions

    func range(of mark: Mark?, length: Int = 0) -> SourceRange {
        guard let mark else { return SourceRange(file: source.path, line: firstLine) }
        let line = mark.line + firstLine - 1
        let column = source.utf16Column(line: line, scalarColumn: mark.column)
        return SourceRange(file: source.path, start: SourcePosition(line: line, column: column), end: SourcePosition(line: line, column: column + length))
    }

    /// The range of a node: for a one-line scalar its whole text (with quotes), otherwise its start.
    func range(of node: Node) -> SourceRange {
        if case .scalar(let scalar) = node, !scalar.string.contains("\n") {
            let quotes = (scalar.style == .singleQuoted || scalar.style == .doubleQuoted) ? 2 : 0
            return range(of: node.mark, length: scalar.string.utf16.count + quotes)
        }
        return range(of: node.mark)
    }

    mutating func error(_ message: String, at range: SourceRange, hint: String? = nil) {
        findings.append(Finding(ruleID: Self.syntaxRule, severity: .error, message: message, range: range, hint: hint))
    }

    // MARK: Documents

    /// Composes the YAML block and returns its top-level mapping, or records why there is none.
    mutating func rootMapping(of yaml: String) -> Node.Mapping? {
        let node: Node?
        do {
            // The basic resolver tags every scalar as text without running Yams' regular expressions
            // (a large share of load time); typed readers below parse the text they expect. The encoding
            // is given because Yams' default reads the process environment on every parse.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            recordSyntaxError(error)
            return nil
        } catch {
            self.error("The front matter could not be read: \(error)", at: range(of: nil))
            return nil
        }
        guard let node else {
            self.error("The front matter is empty.", at: SourceRange(file: source.path, line: max(1, firstLine - 1)),
                       hint: "Add at least the required keys, e.g. `title: …`.")
            return nil
        }
        guard case .mapping(let mapping) = node else {
            self.error("The front matter must be a mapping of `key: value` lines.", at: range(of: node))
            return nil
        }
        return mapping
    }

    private mutating func recordSyntaxError(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + firstLine - 1))" }
            let lineHasTab = source.lineBytes(mark.line + firstLine - 1).contains(UInt8(ascii: "\t"))
            self.error(message, at: range(of: mark), hint: lineHasTab ? "Indent YAML with spaces, not tabs." : Self.syntaxHint(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            self.error("Duplicate key \(keys) in the front matter.", at: range(of: context.mark),
                       hint: "Keep one of them: YAML would silently keep only the last.")
        case .reader(let problem, _, _, _):
            self.error("The front matter could not be read: \(problem)", at: range(of: nil))
        default:
            self.error("The front matter could not be read: \(error)", at: range(of: nil))
        }
    }

    private static func syntaxHint(_ problem: String) -> String {
        if problem.contains("quoted scalar") {
            return "Close the quotation mark, or remove it."
        }
        return "Values containing `: ` or starting with `[`, `{`, `*`, `&`, `!`, `|`, `>` or `#` must be quoted."
    }

    // MARK: Keys

    /// Calls `body` for each key of a mapping; unknown keys are recorded as warnings (with a
    /// suggestion when one is close) and their values still collected, so they get checked too.
    mutating func forEachKey(in mapping: Node.Mapping, known: [String], path: String, _ body: (inout YAMLReader, String, Node) -> Void) {
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("A front-matter key must be a plain word.", at: range(of: keyNode))
                continue
            }
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            if known.contains(key) {
                body(&self, key, value)
            } else {
                let suggestion = Self.closest(to: key, in: known).map { " Did you mean `\($0)`?" } ?? ""
                findings.append(Finding(
                    ruleID: Self.unknownKeyRule, severity: .warning,
                    message: "Unknown key `\(key)`; it is not used.\(suggestion)",
                    range: range(of: keyNode),
                    hint: "Known keys: \(known.joined(separator: ", "))."
                ))
                collectScalars(of: value, path: keyPath)
            }
        }
    }

    /// Records an error for each required key that the mapping lacks.
    mutating func require(_ keys: [String], in mapping: Node.Mapping, at mark: Mark?, what: String) {
        for key in keys where mapping[key].map({ $0.isNull || $0.scalar?.string.allSatisfy(\.isWhitespace) == true }) ?? true {
            error("Missing required key `\(key)` in \(what).", at: range(of: mark), hint: "Add `\(key): …`.")
        }
    }

    // MARK: Typed values

    /// A non-empty string scalar; numbers and booleans are read as written.
    mutating func string(_ node: Node, path: String) -> String? {
        guard case .scalar(let scalar) = node, !node.isNull else {
            error("`\(path)` must be text, but it is \(node.kindDescription).", at: range(of: node))
            return nil
        }
        let text = scalar.string
        values.append(FrontMatterValue(keyPath: path, text: text, range: range(of: node)))
        return text
    }

    /// A list of strings. A single scalar is an error with a hint, so nothing is silently reshaped.
    mutating func stringList(_ node: Node, path: String) -> [String]? {
        guard case .sequence(let sequence) = node else {
            if node.isNull { return [] }
            error("`\(path)` must be a list, but it is \(node.kindDescription).", at: range(of: node),
                  hint: "Write a list: `\(path): [first, second]`.")
            return nil
        }
        var result: [String] = []
        for (index, item) in sequence.enumerated() {
            if let text = string(item, path: "\(path)[\(index)]") { result.append(text) }
        }
        return result
    }

    mutating func bool(_ node: Node, path: String) -> Bool? {
        if let value = node.bool, node.scalar != nil, ["true", "false"].contains(node.scalar!.string.lowercased()) {
            return value
        }
        error("`\(path)` must be `true` or `false`.", at: range(of: node))
        return nil
    }

    mutating func number(_ node: Node, path: String, in allowed: ClosedRange<Double>) -> Double? {
        guard let value = node.float ?? node.int.map(Double.init), node.scalar != nil else {
            error("`\(path)` must be a number.", at: range(of: node))
            return nil
        }
        guard allowed.contains(value) else {
            error("`\(path)` must be between \(allowed.lowerBound) and \(allowed.upperBound).", at: range(of: node))
            return nil
        }
        return value
    }

    /// One of a fixed set of words (an enum's raw values).
    mutating func choice<Value: RawRepresentable & CaseIterable>(_ node: Node, path: String, as type: Value.Type) -> Value? where Value.RawValue == String {
        guard let text = string(node, path: path) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
        error("`\(path)` must be one of \(allowed).", at: range(of: node))
        return nil
    }

    /// A sequence of mappings, each passed to `body` with its index.
    mutating func mappings(_ node: Node, path: String, _ body: (inout YAMLReader, Node.Mapping, Int, Mark?) -> Void) {
        guard case .sequence(let sequence) = node else {
            if node.isNull { return }
            error("`\(path)` must be a list.", at: range(of: node))
            return
        }
        for (index, item) in sequence.enumerated() {
            guard case .mapping(let mapping) = item else {
                error("`\(path)[\(index)]` must be a mapping of keys (e.g. `file:` and `alt:`).", at: range(of: item))
                continue
            }
            body(&self, mapping, index, item.mark)
        }
    }

    /// Keeps every scalar below a node (of an unknown key) so later checks still scan it.
    mutating func collectScalars(of node: Node, path: String) {
        switch node {
        case .scalar(let scalar):
            if !node.isNull { values.append(FrontMatterValue(keyPath: path, text: scalar.string, range: range(of: node))) }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { collectScalars(of: item, path: "\(path)[\(index)]") }
        case .mapping(let mapping):
            for (key, value) in mapping { collectScalars(of: value, path: "\(path).\(key.scalar?.string ?? "?")") }
        case .alias:
            break
        }
    }

    /// The known key nearest to a misspelt one, if it is within two edits.
    static func closest(to key: String, in known: [String]) -> String? {
        known.map { ($0, editDistance(key, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

extension Node {
    var isNull: Bool {
        if case .scalar(let scalar) = self {
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    var kindDescription: String {
        switch self {
        case .scalar: isNull ? "empty" : "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}
