import CasebookModel
import Foundation

/// Reads a source file as UTF-8 text, or says exactly where it is not.
enum SourceFileReader {
    static let encodingRule: RuleID = "content.encoding"

    enum Outcome {
        case text(SourceText)
        case rejected(Finding)
    }

    static func read(path: String, displayPath: String) throws(CasebookError) -> Outcome {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CasebookError(.io, "cannot read \(displayPath): \(error.localizedDescription)")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .rejected(Finding(ruleID: encodingRule, severity: .error,
                                     message: "The file is UTF-16; casebook reads UTF-8 only.",
                                     range: SourceRange(file: displayPath, line: 1),
                                     hint: "Save the file as UTF-8 in your editor."))
        }
        if String(validating: bytes, as: UTF8.self) == nil, let bad = firstInvalidUTF8Offset(bytes) {
            let (line, column) = lineAndByteColumn(of: bad, in: bytes)
            return .rejected(Finding(ruleID: encodingRule, severity: .error,
                                     message: "The file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at byte column \(column)).",
                                     range: SourceRange(file: displayPath, line: line, column: column),
                                     hint: "Save the file as UTF-8; the character at this position was written in another encoding."))
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = lineAndByteColumn(of: nul, in: bytes)
            return .rejected(Finding(ruleID: encodingRule, severity: .error,
                                     message: "The file contains a NUL byte; it looks like a binary file.",
                                     range: SourceRange(file: displayPath, line: line, column: column),
                                     hint: "Remove the NUL character, or move binary files out of content/cases."))
        }
        return .text(SourceText(path: displayPath, text: String(decoding: bytes, as: UTF8.self), utf8: bytes))
    }

    private static func lineAndByteColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            if byte & 0xE0 == 0xC0 { length = 2; minimum = 0x80 }
            else if byte & 0xF0 == 0xE0 { length = 3; minimum = 0x800 }
            else if byte & 0xF8 == 0xF0 { length = 4; minimum = 0x10000 }
            else { return index }
            guard index + length <= count else { return index }
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = (scalar << 6) | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
