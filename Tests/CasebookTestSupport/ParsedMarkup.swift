import CLibXML2
import Foundation

/// Rendered HTML or XML parsed with libxml2, to assert on what a browser or feed reader would see
/// rather than on substrings.
public final class ParsedMarkup {
    private let document: xmlDocPtr
    /// Whether the XML parser reported errors (always false for HTML, which is parsed leniently).
    public let wellFormed: Bool

    public init?(html: String) {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        guard let document = htmlReadMemory(html, Int32(html.utf8.count), "page.html", "UTF-8", options) else { return nil }
        self.document = document
        self.wellFormed = true
    }

    public init?(xml: String) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let document = xmlReadMemory(xml, Int32(xml.utf8.count), "feed.xml", "UTF-8", options) else { return nil }
        self.document = document
        self.wellFormed = true
    }

    deinit { xmlFreeDoc(document) }

    /// The text content of every node an XPath expression selects, in document order.
    public func texts(_ xpath: String, namespaces: [String: String] = [:]) -> [String] {
        nodes(xpath, namespaces: namespaces).map { node in
            guard let content = xmlNodeGetContent(node) else { return "" }
            defer { free(content) }
            return String(cString: content)
        }
    }

    /// The value of an attribute on every element an XPath expression selects.
    public func attributes(_ xpath: String, _ name: String, namespaces: [String: String] = [:]) -> [String] {
        nodes(xpath, namespaces: namespaces).compactMap { node in
            var property = node.pointee.properties
            while let current = property {
                if String(cString: current.pointee.name) == name {
                    return current.pointee.children.flatMap { $0.pointee.content.map { String(cString: $0) } } ?? ""
                }
                property = current.pointee.next
            }
            return nil
        }
    }

    public func count(_ xpath: String, namespaces: [String: String] = [:]) -> Int {
        nodes(xpath, namespaces: namespaces).count
    }

    private func nodes(_ xpath: String, namespaces: [String: String]) -> [xmlNodePtr] {
        guard let context = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in namespaces { xmlXPathRegisterNs(context, prefix, uri) }
        guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0] }
    }
}
