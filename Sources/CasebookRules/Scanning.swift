/// Byte-level helpers the privacy rules scan with: every rule runs over every byte of every case, and a
/// hand-written scan over UTF-8 does hundreds of MB/s where regular expressions here do a few.
extension UInt8 {
    @inline(__always) var isDigit: Bool { self &- 0x30 < 10 }
    @inline(__always) var isUpper: Bool { self &- 0x41 < 26 }
    @inline(__always) var isLower: Bool { self &- 0x61 < 26 }
    @inline(__always) var isASCIILetter: Bool { isUpper || isLower }
    /// Letters, including every byte of a non-ASCII character (é, ß, ø …).
    @inline(__always) var isLetterLike: Bool { isASCIILetter || self >= 0x80 }
    @inline(__always) var isAlphanumeric: Bool { isLetterLike || isDigit }
    @inline(__always) var isSpace: Bool { self == 0x20 || self == 0x09 }
    @inline(__always) var isLineBreak: Bool { self == 0x0A || self == 0x0D }
    @inline(__always) var lowercased: UInt8 { isUpper ? self | 0x20 : self }
}

/// A run of letters (with inner apostrophes and hyphens: O'Brien, Smith-Jones) or of digits.
struct Token: Hashable {
    var start: Int
    var end: Int
    var isNumber: Bool
    var range: Range<Int> { start..<end }
}

extension ScanDocument {
    /// The length of a letter at an offset: 1 for an ASCII letter, 2 for a two-byte UTF-8 letter
    /// (Latin, Greek and Cyrillic with accents: é, ā, Ó), 0 for anything else. Three- and four-byte
    /// sequences — dashes, curly quotes, symbols, emoji — are not letters.
    @inline(__always) func letterLength(at index: Int) -> Int {
        let byte = bytes[index]
        if byte.isASCIILetter { return 1 }
        if byte >= 0xC3, byte <= 0xDF, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 { return 2 }
        return 0
    }

    /// The letter and number tokens of the document, in order.
    func tokens() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let length = letterLength(at: index)
            if length > 0 {
                let start = index
                index += length
                while index < count {
                    let next = letterLength(at: index)
                    if next > 0 { index += next; continue }
                    let byte = bytes[index]
                    // An apostrophe or hyphen inside a word: O'Brien, Smith-Jones (not a possessive 's).
                    if (byte == 0x27 || byte == 0x2D), index + 1 < count, letterLength(at: index + 1) > 0,
                       !(byte == 0x27 && bytes[index + 1].lowercased == UInt8(ascii: "s") && (index + 2 >= count || letterLength(at: index + 2) == 0)) {
                        index += 1
                        continue
                    }
                    break
                }
                tokens.append(Token(start: start, end: index, isNumber: false))
            } else if byte.isDigit {
                let start = index
                while index < count, bytes[index].isDigit { index += 1 }
                tokens.append(Token(start: start, end: index, isNumber: true))
            } else {
                index += 1
            }
        }
        return tokens
    }

    /// Whether the bytes at an offset start with a string, ignoring ASCII case.
    func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
        var index = offset
        for byte in prefix.utf8 {
            guard index < bytes.count, bytes[index].lowercased == byte.lowercased else { return false }
            index += 1
        }
        return true
    }

    /// The lowercased text of a token.
    func lowercased(_ range: Range<Int>) -> String {
        String(decoding: bytes[range].map(\.lowercased), as: UTF8.self)
    }

    func isCapitalised(_ token: Token) -> Bool {
        bytes[token.start].isUpper
    }

    func isAllCaps(_ token: Token) -> Bool {
        bytes[token.range].allSatisfy { !$0.isLower }
    }

    /// The bytes between two offsets contain only spaces (and at most `allowing` other punctuation).
    func onlySpaces(_ range: Range<Int>, allowing extra: Set<UInt8> = []) -> Bool {
        range.lowerBound <= range.upperBound && bytes[range].allSatisfy { $0.isSpace || extra.contains($0) }
    }

    /// Whether a token starts a sentence: at the start of a line or after `.`, `!`, `?` or a list/heading marker.
    func startsSentence(_ token: Token) -> Bool {
        var index = token.start - 1
        while index >= 0, bytes[index].isSpace || bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "_")
                || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "[") {
            index -= 1
        }
        if index < 0 { return true }
        let byte = bytes[index]
        if byte.isLineBreak || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") {
            return true
        }
        return false
    }
}

/// A set of lowercase words, looked up by a document's bytes without building a String per token.
struct WordList: Sendable {
    private let words: Set<String>

    init(_ words: some Sequence<String>) {
        self.words = Set(words.map { $0.lowercased() })
    }

    /// One word per line; blank lines and `#` comments are skipped.
    init(lines text: String) {
        self.init(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }

    func contains(_ document: ScanDocument, _ range: Range<Int>) -> Bool {
        words.contains(document.lowercased(range))
    }

    var count: Int { words.count }
}

import Foundation
