/// The text of a source file with an index of where each line starts, to turn the positions that
/// parsers report (byte offsets, Unicode-scalar columns) into `SourcePosition`s.
public struct SourceText: Sendable {
    public let path: String
    public let text: String
    /// Byte offset of the first byte of each line, in order; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// The UTF-8 bytes of `text`.
    public let utf8: [UInt8]

    public init(path: String, text: String) {
        self.init(path: path, text: text, utf8: Array(text.utf8))
    }

    /// From text and its UTF-8 bytes, when the caller has both (the bytes are not copied again).
    public init(path: String, text: String, utf8: [UInt8]) {
        self.path = path
        self.text = text
        self.utf8 = utf8
        var starts = [0]
        for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The bytes of a 1-based line, without its line terminator.
    public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return utf8[start..<max(start, end)]
    }

    /// The position of a byte offset into the whole text.
    public func position(ofByteOffset offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), utf8.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let line = low + 1
        return SourcePosition(line: line, column: utf16Column(line: line, byteColumn: clamped - lineStarts[low] + 1))
    }

    /// Converts a 1-based byte column on a line to a 1-based UTF-16 column.
    public func utf16Column(line: Int, byteColumn: Int) -> Int {
        let bytes = lineBytes(line)
        let prefixLength = min(max(byteColumn - 1, 0), bytes.count)
        let prefix = bytes.prefix(prefixLength)
        return String(decoding: prefix, as: UTF8.self).utf16.count + 1 + max(0, byteColumn - 1 - bytes.count)
    }

    /// Converts a 1-based Unicode-scalar column on a line (as libyaml reports) to a 1-based UTF-16 column.
    public func utf16Column(line: Int, scalarColumn: Int) -> Int {
        let string = String(decoding: lineBytes(line), as: UTF8.self)
        var utf16 = 0
        var scalars = 0
        for scalar in string.unicodeScalars {
            if scalars >= scalarColumn - 1 { break }
            scalars += 1
            utf16 += scalar.utf16.count
        }
        return utf16 + 1 + max(0, scalarColumn - 1 - scalars)
    }

    /// The range of a run of `length` UTF-16 code units starting at a position on one line.
    public func range(line: Int, column: Int, utf16Length: Int) -> SourceRange {
        SourceRange(file: path, start: SourcePosition(line: line, column: column), end: SourcePosition(line: line, column: column + utf16Length))
    }
}
