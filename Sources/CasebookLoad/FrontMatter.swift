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
    /// Splits `---\n yaml \n---\n body`. The closing fence may also be `...`.
    static func split(_ text: String) throws(FrontMatterSplitError) -> SplitDocument {
        // Split on the byte, not the Character: Swift reads "\r\n" as one Character.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }[...]
        guard let first = lines.first, first.trimmingTrailingCarriageReturn == "---" else {
            throw .missingOpeningFence
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 2
        while let line = lines.first {
            lines = lines.dropFirst()
            let trimmed = line.trimmingTrailingCarriageReturn
            if trimmed == "---" || trimmed == "..." {
                return SplitDocument(
                    yaml: yamlLines.joined(separator: "\n"),
                    yamlStartLine: 2,
                    body: lines.joined(separator: "\n"),
                    bodyStartLine: lineNumber + 1
                )
            }
            yamlLines.append(line)
            lineNumber += 1
        }
        throw .unterminated
    }
}

extension Substring {
    var trimmingTrailingCarriageReturn: Substring {
        last == "\r" ? dropLast() : self
    }
}
