/// Finding the value written after a label: "MRN: 00482913", "S/N 4471-AB", "plate ABC 123".
enum LabelledValue {
    /// Words skipped between a label and its value, tried in this order.
    static let fillers: [[UInt8]] = ["number", "numbers", "no.", "no", "num", "nr", "is", "was", "of", "code", "id", "as", "were", "are", "entry", "card",
                                     "record", "details"].map { Array($0.utf8) }
    /// "no.", the one filler that may run straight on into the value ("no.4471").
    static let abbreviatedNumber: [UInt8] = Array("no.".utf8)

    /// The range of an identifier-like value (letters, digits, `-`, `/`, `.`, and single spaces
    /// between digit groups) starting within a few bytes after `offset`, with at least `minimumDigits`.
    static func value(after offset: Int, in document: ScanDocument, minimumDigits: Int = 3, allowLettersOnly: Bool = false) -> Range<Int>? {
        let bytes = document.bytes
        var index = offset
        var skipped = 0
        // Skip ":", "#", "no.", "number", "is", "of" and spaces between the label and the value.
        while index < bytes.count, skipped < 24 {
            // "IP No. 23/081744": the full stop of an abbreviated label.
            // ("*File no.* 2021/00384712": emphasis may close after it.)
            // ("SV-Nr.: 4210 070933", "Rijksregisternr.: 67.09.05-247.06": or a colon.)
            if bytes[index] == UInt8(ascii: "."), index == offset, index + 1 < bytes.count, bytes[index + 1].isSpace || bytes[index + 1] == UInt8(ascii: "*") || bytes[index + 1] == UInt8(ascii: "_")
                || bytes[index + 1] == UInt8(ascii: ":") {
                index += 1; skipped += 1; continue
            }
            // "CRM-SP 148203", "COREN-RJ 22871": a council's state after a hyphen.
            if bytes[index] == UInt8(ascii: "-"), index == offset, index + 3 < bytes.count, bytes[index + 1].isUpper, bytes[index + 2].isUpper, bytes[index + 3] == UInt8(ascii: " ") {
                index += 3; skipped += 3; continue
            }
            // A word or two in brackets after the label: "PESEL (child): 22271404823", "Citizen ID (CCCD): …", "NSS (IMSS-Bienestar): …",
            // "Aadhaar (antim 4): XXXX XXXX 7731" (its last four digits; not the value itself in brackets, "taxi (PP 4417)").
            if bytes[index] == UInt8(ascii: "("), let close = bytes[(index + 1)..<min(bytes.count, index + 24)].firstIndex(of: UInt8(ascii: ")")),
               close > index + 1, bytes[(index + 1)..<close].allSatisfy({ $0.isLetterLike || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") || $0.isDigit }),
               bytes[(index + 1)..<close].contains(where: \.isLetterLike), bytes[(index + 1)..<close].filter(\.isDigit).count <= 1 {
                skipped += close + 1 - index
                index = close + 1
                continue
            }
            // HTML between a label and its value: "<th>PESEL</th><td>48071512345", "<dt>Medicare</dt><dd>4123 56789 2",
            // "<td>UR</td><td>3307841" — a tag, opening or closing, on the line.
            if bytes[index] == UInt8(ascii: "<"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1].isASCIILetter,
               let close = bytes[(index + 1)..<min(bytes.count, index + 40)].firstIndex(of: UInt8(ascii: ">")),
               !bytes[(index + 1)..<close].contains(where: { $0 == UInt8(ascii: "<") || $0.isLineBreak }) {
                skipped += min(close + 1 - index, 6)
                index = close + 1
                continue
            }
            // A country's code before the colon: "Paszport UA:   FE 418273".
            if index > offset, index + 3 < bytes.count, bytes[index].isUpper, bytes[index + 1].isUpper, bytes[index + 2] == UInt8(ascii: ":"),
               bytes[index - 1].isSpace {
                index += 3; skipped += 3; continue
            }
            // Dot leaders in a form: "Medicare ....... 4125 70931 8".
            if bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ".") {
                while index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
                continue
            }
            if bytes[index].isSpace || bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "#") || bytes[index] == UInt8(ascii: "=")
                || bytes[index] == UInt8(ascii: "|") || bytes[index] == UInt8(ascii: ",")
                || bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "`")
                // JSON: "mrn": "4471882".
                || bytes[index] == UInt8(ascii: "\"") {
                index += 1; skipped += 1; continue
            }
            var matchedFiller = false
            let first = bytes[index].lowercased
            for filler in Self.fillers where filler[0] == first && document.hasPrefix(filler, at: index) {
                let after = index + filler.count
                if after < bytes.count, bytes[after].isAlphanumeric, filler != Self.abbreviatedNumber { continue }
                index = after
                skipped += filler.count
                matchedFiller = true
                break
            }
            if !matchedFiller { break }
        }
        guard index < bytes.count, bytes[index].isAlphanumeric else { return nil }
        let start = index
        var end = index
        var digits = 0
        /// Whether a capital of two bytes (Cyrillic, Greek, accented Latin) ends at an offset or starts at one: "АМ 4517 ЕК".
        func twoByteCapital(endingAt offset: Int) -> Bool {
            offset >= start + 2 && bytes[offset - 2] >= 0xC3 && bytes.withUnsafeBufferPointer { ScanDocument.startsWithCapital($0, at: offset - 2) }
        }
        func twoByteCapital(startingAt offset: Int) -> Bool {
            offset + 1 < bytes.count && bytes[offset] >= 0xC3 && bytes.withUnsafeBufferPointer { ScanDocument.startsWithCapital($0, at: offset) }
        }
        while end < bytes.count {
            let byte = bytes[end]
            if byte.isAlphanumeric {
                if byte.isDigit { digits += 1 }
                end += 1
            } else if byte == UInt8(ascii: "&"), end > start, bytes[end - 1].isUpper, end + 1 < bytes.count, bytes[end + 1].isUpper {
                // "CCSH/A&E/24/08/1142": a department's initials inside a hospital's number.
                end += 1
            } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: " "))
                        && end + 1 < bytes.count && bytes[end + 1].isAlphanumeric
                        && (byte != UInt8(ascii: " ") || (bytes[end - 1].isDigit || bytes[end - 1].isUpper || twoByteCapital(endingAt: end))
                            && (bytes[end + 1].isDigit || (bytes[end + 1].isUpper && end + 2 < bytes.count && !bytes[end + 2].isLower)
                                || twoByteCapital(startingAt: end + 1) && end + 3 < bytes.count && bytes[end + 3] >= 0x80 && twoByteCapital(startingAt: end + 3))) {
                end += 1
            } else {
                break
            }
        }
        while end > start, !bytes[end - 1].isAlphanumeric { end -= 1 }
        guard digits >= minimumDigits || (allowLettersOnly && end - start >= 4) else { return nil }
        return start..<end
    }
}
