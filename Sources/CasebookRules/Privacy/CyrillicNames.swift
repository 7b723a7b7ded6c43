/// Names written in Cyrillic, which the name lexicons (Latin-script) do not know: found from a title or role before them
/// ("Лікар Мельник", "Лікар: Мельник О. П."), from initials after a surname ("Мельник О. П."), and as the speaker of a
/// timestamped chat line ("09.05.2022 08:22  Ірина: …").
enum CyrillicNames {
    /// Titles and roles before a name, lowercased: doctor, Mr, Mrs, nurse, in Ukrainian and Russian. (`PersonNames.titles` holds
    /// them too, all but the abbreviation "д-р", so that the rules for any script read "Лікар: …" as a title.)
    static let titleWords = ["лікар", "лікарка", "доктор", "пан", "пані", "врач", "господин", "госпожа", "медсестра", "фельдшер"]
    static let titles = Set(titleWords + ["д-р"])
    /// Words that sign a chat or stand before a colon without being a name: roles and relatives.
    static let notNames: Set<String> = titles.union(["пацієнт", "пацієнтка", "пациент", "пациентка", "мама", "тато", "папа", "мати", "батько", "сестра",
                                                     "брат", "син", "дочка", "донька", "бабуся", "дідусь", "адреса", "телефон", "діагноз", "примітка"])

    /// Whether a token is a capitalised word in Cyrillic (its first byte D0 or D1: U+0400–U+047F).
    /// (Its second letter in lowercase, so not a word in capitals such as "АЗПСМ".)
    static func isCyrillicWord(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard !token.isNumber, token.end - token.start >= 4, bytes[token.start] == 0xD0 || bytes[token.start] == 0xD1, document.isCapitalised(token),
              bytes[token.start + 2] == 0xD0 || bytes[token.start + 2] == 0xD1 else { return false }
        let second = (UInt32(bytes[token.start + 2] & 0x1F) << 6) | UInt32(bytes[token.start + 3] & 0x3F)
        return (0x430...0x45F).contains(second)
    }

    /// A token's text in lowercase, Cyrillic letters too (`ScanDocument.lowercased` folds ASCII only).
    static func lowercased(_ document: ScanDocument, _ range: Range<Int>) -> String {
        document.text(range).lowercased()
    }

    static func names(in document: ScanDocument) -> [Range<Int>] {
        let tokens = document.tokens, bytes = document.bytes
        // (Cyrillic letters start with D0 or D1 in UTF-8.)
        guard document.contains(byte: 0xD0) || document.contains(byte: 0xD1) else { return [] }
        var found: [Range<Int>] = []
        /// A surname and its initials from a token: "Мельник О. П." (each initial a capital letter and a full stop).
        func nameRun(from position: Int) -> Range<Int>? {
            guard position < tokens.count, isCyrillicWord(tokens[position], in: document), !notNames.contains(lowercased(document, tokens[position].range)),
                  tokens[position].zone == .text else { return nil }
            var end = tokens[position].end
            var next = position + 1
            // Initials ("О. П.") or up to two more capitalised words ("Ірина Василівна").
            while next < tokens.count, next - position <= 3, tokens[next].start == end + 1, bytes[end] == UInt8(ascii: " "), isCyrillicWord(tokens[next], in: document) || (tokens[next].end - tokens[next].start == 2
                    && (bytes[tokens[next].start] == 0xD0 || bytes[tokens[next].start] == 0xD1) && document.isCapitalised(tokens[next])
                    && tokens[next].end < bytes.count && bytes[tokens[next].end] == UInt8(ascii: ".")) {
                end = tokens[next].end
                if end < bytes.count, bytes[end] == UInt8(ascii: "."), tokens[next].end - tokens[next].start == 2 { end += 1 }
                next += 1
            }
            return tokens[position].start..<end
        }
        for (position, token) in tokens.enumerated() where !token.isNumber && (bytes[token.start] == 0xD0 || bytes[token.start] == 0xD1) {
            // After a title or role: "Лікар Мельник", "Лікар:      Мельник О. П.".
            if titles.contains(lowercased(document, token.range)), position + 1 < tokens.count,
               document.onlySpaces(token.end..<tokens[position + 1].start, allowing: [UInt8(ascii: ":")]), tokens[position + 1].start - token.end <= 40,
               let run = nameRun(from: position + 1) {
                found.append(run)
                continue
            }
            // A surname with initials: "Мельник О. П.".
            if isCyrillicWord(token, in: document), position + 1 < tokens.count, tokens[position + 1].start == token.end + 1,
               tokens[position + 1].end - tokens[position + 1].start == 2, document.isCapitalised(tokens[position + 1]),
               tokens[position + 1].end < bytes.count, bytes[tokens[position + 1].end] == UInt8(ascii: "."),
               let run = nameRun(from: position), run.upperBound > tokens[position + 1].end {
                found.append(run)
            }
        }
        // The speaker of a timestamped chat line: "09.05.2022 08:22  Ірина: …".
        for lineStart in document.source.lineStarts where lineStart < bytes.count && bytes[lineStart].isDigit || lineStart < bytes.count && bytes[lineStart] == UInt8(ascii: "[") {
            guard let speakerStart = document.speakerStartAfterAnyStamp(onLineAt: lineStart), let index = document.firstTokenIndex(from: speakerStart), tokens[index].start == speakerStart,
                  isCyrillicWord(tokens[index], in: document), !notNames.contains(lowercased(document, tokens[index].range)),
                  tokens[index].end < bytes.count, bytes[tokens[index].end] == UInt8(ascii: ":"), tokens[index].zone == .text else { continue }
            found.append(tokens[index].range)
        }
        return found
    }
}
