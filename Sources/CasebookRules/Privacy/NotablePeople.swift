/// Historical and public figures of medicine and science, named in full the way teaching text names them: "building on the
/// tuberculin of Robert Koch", "Dame Cicely Saunders' concept of total pain", "James Reason's Swiss cheese model"
/// (`Lexicon/notable-people.txt`). A finding inside such a name is not a person in the case — unless something says it is:
/// Mr, Mrs, Ms, Miss, Mx, "patient" or a kinship word before it ("her father John Snow"), or an age or a record number after it
/// ("William Harvey, 54,").
enum NotablePeople {
    /// Each name's words (lowercased UTF-8), grouped by the word-list hash of the first word (`Token.hash`).
    static let names: [UInt64: [[[UInt8]]]] = {
        let lines = String(decoding: Lexicon.contents(of: "notable-people.txt"), as: UTF8.self).split(separator: "\n")
        var names: [UInt64: [[[UInt8]]]] = [:]
        for line in lines where !line.hasPrefix("#") {
            let words = line.split(separator: " ").map { Array($0.utf8).map(\.lowercased) }
            guard words.count >= 2 else { continue }
            names[WordList.hash(words[0]), default: []].append(words)
        }
        return names
    }()


    /// Whether a range lies inside a notable person's full name that nothing marks as a person in the case.
    static func contains(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        guard let first = document.firstTokenIndex(from: range.lowerBound) else { return false }
        let tokens = document.tokens
        // (A finding may start inside the name: "Basedow" of "Karl von Basedow", "Robert" of "Robert Graves".)
        for start in max(0, first - 4)...first where !tokens[start].isNumber && document.isCapitalised(tokens[start]) {
            guard let candidates = names[tokens[start].hash] else { continue }
            for words in candidates where start + words.count <= tokens.count {
                guard let end = self.end(of: words, from: start, in: document),
                      tokens[start].start <= range.lowerBound, end >= range.upperBound else { continue }
                // (Mr, Mrs, Ms, Miss or Mx, "patient" or a kinship word before it: "Mr John Snow", "patient Robert Koch".)
                if start >= 1, tokens[start - 1].isIn(.kinship) || tokens[start - 1].isIn(.lowercaseTitles)
                    || ["patient", "pt"].contains(document.lowercased(tokens[start - 1].range)) { return false }
                if NameRule.ageBetweenCommas(after: end, in: document) || NameRule.identityNumberFollows(end, in: document) { return false }
                return true
            }
        }
        return false
    }

    /// The end of a name's words written from a token on — each token the word (ASCII case ignored), apart only by white space
    /// or by the full stop of an initial ("W. Edwards Deming") — or nil.
    static func end(of words: [[UInt8]], from start: Int, in document: ScanDocument) -> Int? {
        let tokens = document.tokens, bytes = document.bytes
        for (offset, word) in words.enumerated() {
            let token = tokens[start + offset]
            guard token.end - token.start == word.count, zip(bytes[token.range], word).allSatisfy({ $0.lowercased == $1 }) else { return nil }
            guard offset > 0 else { continue }
            let previous = tokens[start + offset - 1]
            var gap = bytes[previous.end..<token.start]
            if previous.end - previous.start == 1, gap.first == UInt8(ascii: ".") { gap = gap.dropFirst() }
            guard !gap.isEmpty, gap.count <= 6, gap.allSatisfy({ $0.isSpace || $0.isLineBreak }) else { return nil }
        }
        return tokens[start + words.count - 1].end
    }
}
