import CCmarkGFM
import Foundation

/// A case body rendered to HTML, with what later stages need to know about it.
public struct MarkdownDocument: Sendable, Equatable {
    public var html: String
    public var headings: [Heading]
}

public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    /// The `id` attribute given to the heading (unique in the document).
    public var id: String
    /// The 1-based file line of the heading.
    public var line: Int
}

/// GitHub-flavoured Markdown through cmark-gfm: tables, strikethrough, autolinks, task lists,
/// the tag filter, footnotes, and heading ids.
///
/// Raw HTML is never passed through: an HTML comment is dropped (it is a note for editors, and
/// where `casebook-ignore` suppressions live), and any other raw HTML is shown as text, escaped.
/// Link and image addresses with `javascript:`, `vbscript:`, `file:` or non-image `data:` schemes
/// are emptied by cmark-gfm's safe mode.
public enum Markdown {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]
    static let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8

    /// cmark-gfm 0.29.0.gfm.6 keeps a process-global table that races when two parses finish at
    /// once (github/cmark-gfm PR #176); `cmark_parser_finish` runs behind this lock, nothing else does.
    private static let finishLock = NSLock()

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Renders Markdown to HTML. `firstLine` is the file line the text starts on, for heading lines.
    public static func render(_ markdown: String, firstLine: Int = 1) -> MarkdownDocument {
        precondition(registered)
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm could not allocate a parser") }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var utf8 = markdown.utf8CString
        utf8.withUnsafeMutableBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        finishLock.lock()
        let root = cmark_parser_finish(parser)
        finishLock.unlock()
        guard let root else { return MarkdownDocument(html: "", headings: []) }
        defer { cmark_node_free(root) }

        let headings = neutraliseRawHTMLAndCollectHeadings(root, firstLine: firstLine)
        guard let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else {
            return MarkdownDocument(html: "", headings: headings)
        }
        defer { free(rendered) }
        let html = addHeadingIDs(to: String(cString: rendered), headings: headings)
        return MarkdownDocument(html: html, headings: headings)
    }

    /// Drops HTML comments, turns other raw HTML into text, and returns the headings in document order.
    private static func neutraliseRawHTMLAndCollectHeadings(_ root: OpaquePointer, firstLine: Int) -> [Heading] {
        var rawHTML: [OpaquePointer] = []
        var headingNodes: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: rawHTML.append(node)
            case CMARK_NODE_HEADING: headingNodes.append(node)
            default: break
            }
        }
        for node in rawHTML {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let trimmed = literal.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") {
                cmark_node_unlink(node)
                cmark_node_free(node)
                continue
            }
            let text = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(text, cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK ? trimmed : literal)
            let replacement: OpaquePointer?
            if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
                replacement = cmark_node_new(CMARK_NODE_PARAGRAPH)
                cmark_node_append_child(replacement, text)
            } else {
                replacement = text
            }
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
        }
        var used: [String: Int] = [:]
        return headingNodes.map { node in
            let text = plainText(of: node)
            var id = headingSlug(text)
            if id.isEmpty { id = "section" }
            if let count = used[id] {
                used[id] = count + 1
                id += "-\(count)"
            } else {
                used[id] = 1
            }
            return Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: id,
                           line: Int(cmark_node_get_start_line(node)) + firstLine - 1)
        }
    }

    /// The text of a node's descendants (text and code spans), as a reader sees it.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let child = cmark_iter_get_node(iterator), child != node else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let literal = cmark_node_get_literal(child) {
                    text += String(cString: literal)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        return text
    }

    /// GitHub's heading anchors: lowercase; letters, digits, spaces, hyphens and underscores kept; spaces → hyphens.
    static func headingSlug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug
    }

    /// cmark-gfm writes headings as bare `<hN>` tags in document order and escapes all other
    /// markup (raw HTML is text by now), so the n-th `<h1>`…`<h6>` is the n-th heading.
    /// A scan over bytes: Foundation's substring search was a tenth of a 10,000-case build.
    private static func addHeadingIDs(to html: String, headings: [Heading]) -> String {
        guard !headings.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + headings.count * 32)
        var next = headings.startIndex
        var index = 0
        while index < bytes.count {
            if next < headings.endIndex, bytes[index] == UInt8(ascii: "<"), index + 3 < bytes.count,
               bytes[index + 1] == UInt8(ascii: "h"), bytes[index + 2] == UInt8(ascii: "0") + UInt8(headings[next].level),
               bytes[index + 3] == UInt8(ascii: ">") {
                output += Array("<h\(headings[next].level) id=\"\(escapeAttribute(headings[next].id))\">".utf8)
                index += 4
                next += 1
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func escapeAttribute(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
