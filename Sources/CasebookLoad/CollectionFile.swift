import CasebookModel

/// Decodes a collection file (`content/collections/<slug>.md`): title, summary and the ordered case slugs.
enum CollectionFile {
    static let knownKeys = ["title", "summary", "cases"]

    static func decode(_ source: SourceText, slug: String) -> (CaseCollection?, [Finding]) {
        guard let split = try? FrontMatter.split(source.text) else {
            return (nil, [Finding(ruleID: YAMLReader.syntaxRule, severity: .error,
                                  message: "The collection has no complete front matter.",
                                  range: SourceRange(file: source.path, line: 1),
                                  hint: "Start the file with `---`, then `title:`, `summary:` and `cases: [slug, …]`, then `---`.")])
        }
        var reader = YAMLReader(source: source, firstLine: split.yamlStartLine)
        guard let root = reader.rootMapping(of: split.yaml) else { return (nil, reader.findings) }
        var title = "", summary = ""
        var cases: [(slug: String, range: SourceRange)] = []
        reader.forEachKey(in: root, known: knownKeys, path: "") { reader, key, node in
            switch key {
            case "title": title = reader.string(node, path: key) ?? ""
            case "summary": summary = reader.string(node, path: key) ?? ""
            default:
                guard case .sequence(let sequence) = node else {
                    _ = reader.stringList(node, path: key)
                    return
                }
                for (index, item) in sequence.enumerated() {
                    if let slug = reader.string(item, path: "cases[\(index)]") { cases.append((slug, reader.range(of: item))) }
                }
            }
        }
        reader.require(knownKeys, in: root, at: nil, what: "the collection's front matter")
        let collection = CaseCollection(slug: slug, displayPath: source.path, title: title, summary: summary, cases: cases,
                                        body: split.body, bodyStartLine: split.bodyStartLine, values: reader.values, source: source)
        return (collection, reader.findings)
    }
}
