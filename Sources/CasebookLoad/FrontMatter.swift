import CasebookModel

/// A Markdown file split into its YAML front matter and body.
struct SplitDocument {
    /// The YAML between the fences (without them).
    var yaml: String
    /// The 1-based file line of the first YAML line.
    var yamlStartLine: Int
    var body: String
    var bodyStartLine: Int
}

enum FrontMatterSplitError: Error {
    case missingOpeningFence
    case unterminated
}

enum FrontMatter {
    /// Splits `---\n yaml \n---\n body`. The closing fence may also be `...`. Lines end at "\n"
    /// (a "\r" before it is ignored); the text is sliced once, never split into lines.
    static func split(_ text: String) throws(FrontMatterSplitError) -> SplitDocument {
        let utf8 = text.utf8
        func isFence(_ line: Substring.UTF8View) -> Bool {
            var line = line
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            return line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8)
        }
        guard let firstEnd = utf8.firstIndex(of: UInt8(ascii: "\n")) else { throw .missingOpeningFence }
        var first = text[text.startIndex..<firstEnd].utf8
        if first.last == UInt8(ascii: "\r") { first = first.dropLast() }
        guard first.elementsEqual("---".utf8) else { throw .missingOpeningFence }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if isFence(text[lineStart..<lineEnd].utf8) {
                var yamlEnd = lineStart
                if yamlEnd > yamlStart { yamlEnd = utf8.index(before: yamlEnd) }  // the "\n" before the fence
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return SplitDocument(
                    yaml: String(text[yamlStart..<yamlEnd]),
                    yamlStartLine: 2,
                    body: String(text[bodyStart...]),
                    bodyStartLine: lineNumber + 1
                )
            }
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
            lineNumber += 1
        }
        throw .unterminated
    }
}
