import CasebookModel
import Foundation
import Mustache

/// The templates and static assets a site is rendered with: the default theme, with any file of the
/// collection's own `Templates/` folder replacing the default file of the same path.
public struct Theme: Sendable {
    /// Templates every theme must have; each page type renders with one of them.
    public static let pageTemplates = ["home", "case", "tag", "tags", "collection", "collections", "404"]

    public let library: MustacheLibrary
    /// Static files (everything that is not a `.mustache` template), by path below `Templates/`.
    public let assets: [(path: String, contents: Data)]
    /// Template names that came from the collection's own folder.
    public let overridden: [String]
    /// The text of each template, by name.
    let sources: [String: String]

    /// Whether a template mentions a key (`{{html}}`, `{{{html}}}`, `{{& html}}`), so work for unused keys can be skipped.
    func template(_ name: String, uses key: String) -> Bool {
        guard let text = sources[name] else { return false }
        return ["{{\(key)}}", "{{{\(key)}}}", "{{& \(key)}}", "{{&\(key)}}", "{{ \(key) }}", "{{{ \(key) }}}"].contains { text.contains($0) }
    }

    /// Loads the default theme, replacing files with those found in `overrideFolder` (if it exists).
    public static func load(overrideFolder: String?) throws(CasebookError) -> Theme {
        var files: [String: (contents: Data, origin: String)] = [:]
        for file in DefaultTheme.files {
            files[file.path] = (file.contents, "default theme: Templates/\(file.path)")
        }
        var overridden: [String] = []
        if let overrideFolder, FileManager.default.fileExists(atPath: overrideFolder) {
            for path in try listFiles(in: overrideFolder) {
                let full = overrideFolder + "/" + path
                guard let data = FileManager.default.contents(atPath: full) else {
                    throw CasebookError(.io, "cannot read \(full)")
                }
                files[path] = (data, full)
                overridden.append(path)
            }
        }
        var library = MustacheLibrary()
        var templateSources: [String: (text: String, origin: String)] = [:]
        var assets: [(path: String, contents: Data)] = []
        for path in files.keys.sorted() {
            let file = files[path]!
            guard path.hasSuffix(".mustache") else {
                assets.append((path, file.contents))
                continue
            }
            let name = String(path.dropLast(".mustache".count))
            guard let text = String(data: file.contents, encoding: .utf8) else {
                throw CasebookError(.template, "the template is not valid UTF-8", at: SourceRange(file: file.origin, line: 1))
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw CasebookError(.template, "template syntax error: \(error.error)",
                                    at: SourceRange(file: file.origin, line: error.context.lineNumber, column: error.context.columnNumber))
            } catch {
                throw CasebookError(.template, "template error: \(error)", at: SourceRange(file: file.origin, line: 1))
            }
            templateSources[name] = (text, file.origin)
        }
        for name in pageTemplates where templateSources[name] == nil {
            throw CasebookError(.template, "the theme has no `\(name).mustache` template")
        }
        // swift-mustache renders a missing partial or parent as nothing; say so before rendering instead.
        for name in templateSources.keys.sorted() {
            let (text, origin) = templateSources[name]!
            for reference in partialReferences(in: text) where templateSources[reference.name] == nil {
                throw CasebookError(.template, "the template refers to `\(reference.name)`, but there is no \(reference.name).mustache",
                                    at: SourceRange(file: origin, line: reference.line))
            }
        }
        return Theme(library: library, assets: assets, overridden: overridden.sorted(), sources: templateSources.mapValues(\.text))
    }

    /// Renders a page template; the theme was validated at load, so the template exists.
    /// Contexts leave out empty text (see `PageContext`), so `{{#caption}}` sections mean "has a caption".
    public func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// Names used by `{{> name}}` partials and `{{< name}}` parents, with their lines.
    static func partialReferences(in text: String) -> [(name: String, line: Int)] {
        var references: [(String, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let first = rest.first, first == ">" || first == "<" else { continue }
                guard let close = rest.range(of: "}}") else { break }
                let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*") { references.append((name, index + 1)) }
                rest = rest[close.upperBound...]
            }
        }
        return references
    }

    private static func listFiles(in folder: String) throws(CasebookError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw CasebookError(.io, "cannot list \(folder)")
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
