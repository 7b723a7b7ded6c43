import Foundation

/// The intrinsic pixel size of an image, read from its header without decoding pixels,
/// so pages can reserve the space (`width`/`height`) and not shift while images load.
public struct ImageSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The size of a PNG, JPEG, GIF, WebP or SVG file, or nil when the header cannot be read.
    public static func read(_ bytes: [UInt8]) -> ImageSize? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8]) { return jpeg(bytes) }
        if bytes.starts(with: Array("GIF8".utf8)) { return gif(bytes) }
        if bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) { return webp(bytes) }
        return SVGDocument(bytes)?.size
    }

    public static func read(contentsOf path: String) -> ImageSize? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return read([UInt8](data))
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int? {
        guard offset >= 0, offset + count <= bytes.count else { return nil }
        return bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func littleEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int? {
        guard offset >= 0, offset + count <= bytes.count else { return nil }
        return bytes[offset..<offset + count].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    private static func positive(_ width: Int?, _ height: Int?) -> ImageSize? {
        guard let width, let height, width > 0, height > 0 else { return nil }
        return ImageSize(width: width, height: height)
    }

    static func png(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { return nil }
        return positive(bigEndian(bytes, 16, 4), bigEndian(bytes, 20, 4))
    }

    static func gif(_ bytes: [UInt8]) -> ImageSize? {
        positive(littleEndian(bytes, 6, 2), littleEndian(bytes, 8, 2))
    }

    /// Walks the JPEG segments to the first start-of-frame marker.
    static func jpeg(_ bytes: [UInt8]) -> ImageSize? {
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { offset += 2; continue }
            guard let length = bigEndian(bytes, offset + 2, 2), length >= 2 else { return nil }
            let isStartOfFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isStartOfFrame {
                return positive(bigEndian(bytes, offset + 7, 2), bigEndian(bytes, offset + 5, 2))
            }
            offset += 2 + length
        }
        return nil
    }

    static func webp(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 30 else { return nil }
        switch String(decoding: bytes[12..<16], as: UTF8.self) {
        case "VP8 ":
            guard let width = littleEndian(bytes, 26, 2), let height = littleEndian(bytes, 28, 2) else { return nil }
            return positive(width & 0x3FFF, height & 0x3FFF)
        case "VP8L":
            let b = bytes[21...24].map(Int.init)
            return positive(1 + (b[0] | (b[1] & 0x3F) << 8), 1 + ((b[1] >> 6) | b[2] << 2 | (b[3] & 0x0F) << 10))
        case "VP8X":
            guard let width = littleEndian(bytes, 24, 3), let height = littleEndian(bytes, 27, 3) else { return nil }
            return positive(width + 1, height + 1)
        default:
            return nil
        }
    }
}
