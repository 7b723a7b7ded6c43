import CLibXML2
import Foundation

/// What casebook needs from an SVG file, read with libxml2 (network access and entity expansion off).
public struct SVGDocument: Sendable {
    /// The size from `width`/`height` (in px or unitless), else from the `viewBox`.
    public var size: ImageSize?

    /// Parses the bytes as XML with an `<svg>` root; nil when they are not.
    public init?(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "image.svg", nil, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), Self.name(of: root) == "svg" else { return nil }
        func attribute(_ name: String) -> String? {
            var property = root.pointee.properties
            while let current = property {
                if String(cString: current.pointee.name) == name, current.pointee.ns == nil {
                    guard let text = current.pointee.children, let content = text.pointee.content else { return "" }
                    return String(cString: content)
                }
                property = current.pointee.next
            }
            return nil
        }
        let width = attribute("width").flatMap(Self.pixels)
        let height = attribute("height").flatMap(Self.pixels)
        if let width, let height, width > 0, height > 0 {
            size = ImageSize(width: Int(width.rounded()), height: Int(height.rounded()))
        } else if let viewBox = attribute("viewBox") {
            let numbers = viewBox.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
            size = numbers.count == 4 && numbers[2] > 0 && numbers[3] > 0
                ? ImageSize(width: Int(numbers[2].rounded()), height: Int(numbers[3].rounded())) : nil
        } else {
            size = nil
        }
    }

    private static func name(of node: xmlNodePtr) -> String {
        String(cString: node.pointee.name)
    }

    /// `640`, `640px` → 640; relative units (`%`, `em`) → nil.
    private static func pixels(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return Double(trimmed.hasSuffix("px") ? String(trimmed.dropLast(2)) : trimmed)
    }
}
