/// Byte-level helpers the privacy rules scan with: every rule runs over every byte of every case, and a
/// hand-written scan over UTF-8 does hundreds of MB/s where regular expressions here do a few.
extension UInt8 {
    @inline(__always) var isDigit: Bool { self &- 0x30 < 10 }
    @inline(__always) var isUpper: Bool { self &- 0x41 < 26 }
    @inline(__always) var isLower: Bool { self &- 0x61 < 26 }
    @inline(__always) var isASCIILetter: Bool { isUpper || isLower }
    @inline(__always) var isHexDigit: Bool { isDigit || (self | 0x20) &- 0x61 < 6 }
    /// Letters, including every byte of a non-ASCII character (é, ß, ø …).
    @inline(__always) var isLetterLike: Bool { isASCIILetter || self >= 0x80 }
    @inline(__always) var isAlphanumeric: Bool { isLetterLike || isDigit }
    @inline(__always) var isSpace: Bool { self == 0x20 || self == 0x09 }
    @inline(__always) var isLineBreak: Bool { self == 0x0A || self == 0x0D }
    @inline(__always) var lowercased: UInt8 { isUpper ? self | 0x20 : self }
}

extension BidirectionalCollection<UInt8> {
    /// Whether the bytes end with others: `run.ends(with: "님".utf8)`.
    func ends(with suffix: some BidirectionalCollection<UInt8>) -> Bool {
        reversed().starts(with: suffix.reversed())
    }
}

extension ArraySlice<UInt8> {
    /// Whether the bytes are a string's UTF-8 (`bytes[token.range].elementsEqual("ward".utf8)`): the lengths, then the bytes in
    /// place, where the generic `elementsEqual` walks both sequences an element at a time.
    @inline(__always) func elementsEqual(_ text: String.UTF8View) -> Bool {
        guard count == text.count else { return false }
        guard count > 0 else { return true }
        return text.withContiguousStorageIfAvailable { text in
            withUnsafeBufferPointer { memcmp($0.baseAddress!, text.baseAddress!, text.count) == 0 }
        } ?? zip(self, text).allSatisfy { $0 == $1 }
    }

    /// The bytes without leading and trailing white space — what `trimmingCharacters(in: .whitespaces)`
    /// removes (tab, U+0020, U+00A0, U+1680, U+2000–U+200B, U+202F, U+205F,
    /// U+3000 — Foundation's set on Linux, zero-width space included).
    func trimmingWhitespace() -> ArraySlice<UInt8> {
        var start = startIndex, end = endIndex
        func spaceLength(at index: Int) -> Int {
            let byte = self[index]
            if byte == 0x20 || byte == 0x09 { return 1 }
            if byte == 0xC2, index + 1 < end, self[index + 1] == 0xA0 { return 2 }
            guard index + 2 < end else { return 0 }
            let second = self[index + 1], third = self[index + 2]
            switch byte {
            case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0
            case 0xE2: return (second == 0x80 && (third <= 0x8B && third >= 0x80 || third == 0xAF)) || (second == 0x81 && third == 0x9F) ? 3 : 0
            case 0xE3: return second == 0x80 && third == 0x80 ? 3 : 0
            default: return 0
            }
        }
        while start < end {
            let length = spaceLength(at: start)
            if length == 0 { break }
            start += length
        }
        while end > start {
            let last = self[end - 1]
            if last == 0x20 || last == 0x09 { end -= 1; continue }
            // A multi-byte space ends in a continuation byte: find its lead byte and check it.
            if last & 0xC0 == 0x80 {
                var lead = end - 1
                while lead > start, self[lead] & 0xC0 == 0x80, end - lead < 3 { lead -= 1 }
                let length = spaceLength(at: lead)
                if length > 0, lead + length == end { end = lead; continue }
            }
            break
        }
        return self[start..<end]
    }

    /// The bytes without any of `set` (ASCII bytes) at either end.
    func trimming(_ set: [UInt8]) -> ArraySlice<UInt8> {
        var slice = self
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}

/// A run of letters (with inner apostrophes and hyphens: O'Brien, Smith-Jones) or of digits.
struct Token: Hashable {
    var start: Int
    var end: Int
    var isNumber: Bool
    /// The word-list hash of the lowercased token (`WordList.hash`), computed once when tokenising.
    var hash: UInt64 = 0
    /// Which of the rules' small word lists hold this token (`Vocabulary`), resolved once when tokenising.
    var vocabulary: UInt64 = 0
    /// The zone of the line the token starts on (set by `ScanDocument`).
    var zone: ScanDocument.Zone = .text
    /// Its shape (`Shape`), found once when tokenising; empty for a token a rule builds itself.
    var shape: Shape = []
    var range: Range<Int> { start..<end }

    /// Whether the word is in one of the rules' small word lists (`Vocabulary`): "is this a title?" as `token.isIn(.titles)`.
    /// The same answer as `PersonNames.titles.contains(token, in: document)`, but a bit test on the token alone, where that
    /// reaches the list through its global first; rules ask it some twenty times per token. (Always false for a number: no
    /// list holds a word of digits only, as a test checks.)
    @inline(__always) func isIn(_ list: Vocabulary) -> Bool {
        vocabulary & list.bit != 0
    }

    /// What `ScanDocument.isCapitalised` and `isAllCaps` answer, resolved when tokenising: rules ask it of nearly every token.
    struct Shape: OptionSet, Hashable {
        let rawValue: UInt8
        /// Set for every token that tokenising made (the other bits are known).
        static let known = Shape(rawValue: 1)
        static let capitalised = Shape(rawValue: 2)
        static let allCaps = Shape(rawValue: 4)
        /// An apostrophe or a hyphen inside the word ("O'Brien", "Smith-Jones"): the labels' first words end there.
        static let joined = Shape(rawValue: 8)
    }
}

extension ScanDocument {
    /// The length of a letter at an offset: 1 for an ASCII letter, 2 for a two-byte UTF-8 letter
    /// (Latin, Greek and Cyrillic with accents: é, ā, Ó), 0 for anything else. Three- and four-byte
    /// sequences — dashes, curly quotes, symbols, emoji — are not letters.
    @inline(__always) func letterLength(at index: Int) -> Int {
        let byte = bytes[index]
        if byte.isASCIILetter { return 1 }
        if index + 1 < bytes.count, Self.isTwoByteLetter(byte, bytes[index + 1]) { return 2 }
        if byte == 0xE1, index + 2 < bytes.count, Self.isThreeByteLetter(bytes[index + 1], bytes[index + 2]) { return 3 }
        return 0
    }

    /// The letter and number tokens of a text, in order (computed once per document, in `init`).
    static func tokenize(_ text: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 4)
        let vocabulary = Vocabulary.table
        let lowercaseTwoByte = Self.lowercaseTwoByteLetters
        let tokenStarts = Self.tokenStarts
        text.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            @inline(__always) func letterLength(_ index: Int) -> Int {
                let byte = bytes[index]
                if byte &- 0x41 < 26 || byte &- 0x61 < 26 { return 1 }
                if index + 1 < count, isTwoByteLetter(byte, bytes[index + 1]) { return 2 }
                if byte == 0xE1, index + 2 < count, isThreeByteLetter(bytes[index + 1], bytes[index + 2]) { return 3 }
                return 0
            }
            var index = 0
            while index < count {
                let byte = bytes[index]
                // (One table lookup tells most bytes between tokens — spaces, punctuation — from a token's first byte.)
                let kind = tokenStarts[Int(byte)]
                if kind == Self.notTokenStart || kind == Self.twoByteLead && !(index + 1 < count && isTwoByteLetter(byte, bytes[index + 1]))
                    || kind == Self.threeByteLead && !(index + 2 < count && isThreeByteLetter(bytes[index + 1], bytes[index + 2])) {
                    index += 1
                    continue
                }
                if kind == Self.digitStart {
                    let start = index
                    index += 1
                    while index < count, bytes[index] &- 0x30 < 10 { index += 1 }
                    tokens.append(Token(start: start, end: index, isNumber: true, shape: [.known, .allCaps]))
                    continue
                }
                let start = index
                // The word's hash (`WordList.hash`: ASCII letters folded) and whether it has a lowercase letter, found in the
                // same pass that finds its end.
                var hash = WordList.hashSeed
                var hasLowercase = false
                var joined = false
                while index < count {
                    let byte = bytes[index]
                    if byte &- 0x61 < 26 {
                        hash = WordList.mixing(byte, into: hash)
                        hasLowercase = true
                        index += 1
                    } else if byte &- 0x41 < 26 {
                        hash = WordList.mixing(byte | 0x20, into: hash)
                        index += 1
                    } else if index + 1 < count, isTwoByteLetter(byte, bytes[index + 1]) {
                        let trail = bytes[index + 1]
                        hash = WordList.mixing(trail, into: WordList.mixing(byte, into: hash))
                        if lowercaseTwoByte[twoByteLetter(byte, trail)] { hasLowercase = true }
                        index += 2
                    } else if byte == 0xE1, index + 2 < count, isThreeByteLetter(bytes[index + 1], bytes[index + 2]) {
                        // A Vietnamese letter (Latin Extended Additional): "ầ", "ị", "Ố".
                        hash = WordList.mixing(bytes[index + 2], into: WordList.mixing(bytes[index + 1], into: WordList.mixing(byte, into: hash)))
                        if isSmallThreeByteLetter(bytes[index + 2]) { hasLowercase = true }
                        index += 3
                    } else if (byte == 0x27 || byte == 0x2D), index + 1 < count, letterLength(index + 1) > 0,
                              !(byte == 0x27 && bytes[index + 1] | 0x20 == UInt8(ascii: "s") && (index + 2 >= count || letterLength(index + 2) == 0)),
                              !(byte == 0x27 && isElision(UnsafeBufferPointer(rebasing: bytes[start..<index]))) {
                        // An apostrophe or hyphen inside a word: O'Brien, Smith-Jones (not a possessive 's).
                        hash = WordList.mixing(byte, into: hash)
                        index += 1
                        joined = true
                    } else {
                        break
                    }
                }
                hash = WordList.finished(hash)
                var shape: Token.Shape = hasLowercase ? .known : [.known, .allCaps]
                if byte < 0x80 ? byte &- 0x41 < 26 : startsWithCapital(bytes, at: start) { shape.insert(.capitalised) }
                if joined { shape.insert(.joined) }
                tokens.append(Token(start: start, end: index, isNumber: false, hash: hash, shape: shape))
            }
            // (The lists' bits in one pass over the words, with the table's storage reached once, not once per word.)
            vocabulary.resolveVocabulary(of: &tokens, in: bytes)
        }
        return tokens
    }

    /// Whether the letters before an apostrophe are a French or Italian article or preposition elided before the next word, which
    /// is a word of its own, as after a curly apostrophe: "l'Hôpital", "d'Urgence", "dell'Ospedale", "all'EHPAD" (not "O'Brien",
    /// "D'Souza", "L'Hôpital's rule").
    @inline(__always) static func isElision(_ letters: UnsafeBufferPointer<UInt8>) -> Bool {
        switch letters.count {
        case 1: return letters[0] == UInt8(ascii: "l") || letters[0] == UInt8(ascii: "d")
        case 3, 4: return Self.elidedWords.contains { $0.elementsEqual(letters) }
        default: return false
        }
    }
    static let elidedWords: [[UInt8]] = ["all", "dell", "nell", "sull", "dall"].map { Array($0.utf8) }

    /// What each byte can start: a number (an ASCII digit), a word (an ASCII letter, or the lead byte of a two-byte letter if
    /// `isTwoByteLetter` says so with the byte after it, or E1, the lead of a three-byte letter if `isThreeByteLetter` says so), or no
    /// token.
    static let tokenStarts: [UInt8] = (0..<256).map { byte in
        UInt8(byte).isDigit ? digitStart : UInt8(byte).isASCIILetter ? letterStart : (0xC3...0xDF).contains(byte) ? twoByteLead
            : byte == 0xE1 ? threeByteLead : notTokenStart
    }
    static let notTokenStart: UInt8 = 0, digitStart: UInt8 = 1, letterStart: UInt8 = 2, twoByteLead: UInt8 = 3, threeByteLead: UInt8 = 4

    /// Whether the two bytes after E1 make a letter of Latin Extended Additional (U+1E00–U+1EFF: E1 B8 80 … E1 BB BF), the block
    /// of Vietnamese letters with two marks ("ầ", "ị", "ữ", "Ố") and a few of other languages ("ḥ", "ṣ").
    @inline(__always) static func isThreeByteLetter(_ second: UInt8, _ third: UInt8) -> Bool {
        second &- 0xB8 < 4 && third & 0xC0 == 0x80
    }

    /// Whether a three-byte letter (`isThreeByteLetter`) is a small one, by its last byte: in that block the capitals are the even code
    /// points and the small letters the odd ones ("Ố" U+1ED0, "ố" U+1ED1).
    @inline(__always) static func isSmallThreeByteLetter(_ third: UInt8) -> Bool {
        third & 1 == 1
    }

    /// Whether two bytes are a two-byte UTF-8 letter: Latin with accents, Greek, Cyrillic (lead byte C3…DF), but not the signs
    /// × and ÷, which sit among the Latin letters ("Haemodialysis × 6"). The tokeniser, `letterLength` and the labels' word
    /// lengths all count letters by it.
    @inline(__always) static func isTwoByteLetter(_ lead: UInt8, _ trail: UInt8) -> Bool {
        lead >= 0xC3 && lead <= 0xDF && trail & 0xC0 == 0x80 && (lead != 0xC3 || trail & 0xDF != 0x97)
    }

    /// The number of a two-byte letter (lead byte C3…DF) in the tables of such letters (`lowercaseTwoByteLetters`,
    /// `WordList.twoByteCapitals`).
    @inline(__always) static func twoByteLetter(_ lead: UInt8, _ trail: UInt8) -> Int {
        Int(lead - 0xC3) << 6 | Int(trail & 0x3F)
    }

    /// Whether each two-byte letter (by `twoByteLetter`) is a lowercase one: "é", "ø", "в", "ό".
    static let lowercaseTwoByteLetters: [Bool] = (0xC3...0xDF).flatMap { (lead: UInt8) in
        (0x80...0xBF).map { (trail: UInt8) in Unicode.Scalar(UInt32(lead & 0x1F) << 6 | UInt32(trail & 0x3F))!.properties.isLowercase }
    }

    /// Whether the written line breaks at an offset inside a paragraph (Markdown runs it on: `bytes` has a space there) and the
    /// next line goes on with a lowercase letter: "allergy to the ink — red⏎pigment", "negative). RAS⏎mutation was found".
    func runsOnInLowercase(atLineBreak index: Int) -> Bool {
        index + 1 < bytes.count && source.utf8[index].isLineBreak && bytes[index] == UInt8(ascii: " ") && bytes[index + 1].isLower
    }

    /// Whether an en or em dash (E2 80 93 or E2 80 94 in UTF-8) starts at an offset.
    @inline(__always) func isDash(at index: Int) -> Bool {
        index >= 0 && index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
    }

    /// Whether the bytes at an offset start with a string, ignoring ASCII case.
    func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
        // (On the string's UTF-8 in place: rules ask this of many tokens.)
        var prefix = prefix
        return prefix.withUTF8 { hasPrefix($0, at: offset) }
    }

    /// Whether the bytes at an offset start with others, ignoring ASCII case (`hasPrefix(_:at:)` for bytes kept in a list).
    func hasPrefix(_ prefix: [UInt8], at offset: Int) -> Bool {
        prefix.withUnsafeBufferPointer { hasPrefix($0, at: offset) }
    }

    /// The comparison both `hasPrefix(_:at:)` make: true for an empty prefix.
    private func hasPrefix(_ prefix: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard !prefix.isEmpty else { return true }
        guard offset >= 0, offset + prefix.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            for index in 0..<prefix.count where bytes[offset + index].lowercased != prefix[index].lowercased { return false }
            return true
        }
    }

    /// The lowercased text of a token.
    func lowercased(_ range: Range<Int>) -> String {
        // Written straight into the string's storage: no array in between, and no allocation at all for a word of 15 bytes or
        // fewer (a small string). Bytes that are not valid UTF-8 are repaired as `String(decoding:as:)` repairs them.
        let count = range.count
        guard count > 0 else { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            let source = UnsafeBufferPointer(rebasing: buffer[range])
            guard source.allSatisfy({ $0 < 0x80 }) else { return String(decoding: source.map(\.lowercased), as: UTF8.self) }
            return String(unsafeUninitializedCapacity: count) { target in
                for index in 0..<count { target[index] = source[index].lowercased }
                return count
            }
        }
    }

    /// Whether a token starts with a capital letter, accented and other two-byte capitals included (É, Ö, Ø, Ō, Ł, Д).
    @inline(__always) func isCapitalised(_ token: Token) -> Bool {
        if token.shape.contains(.known) { return token.shape.contains(.capitalised) }
        return bytes.withUnsafeBufferPointer { Self.startsWithCapital($0, at: token.start) }
    }

    /// Whether the letter at an offset is a capital, accented and other two-byte capitals included.
    static func startsWithCapital(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let first = bytes[start]
        if first < 0x80 { return first.isUpper }
        if first == 0xE1, start + 2 < bytes.count, isThreeByteLetter(bytes[start + 1], bytes[start + 2]) { return !isSmallThreeByteLetter(bytes[start + 2]) }
        guard first >= 0xC3, first <= 0xDF, start + 1 < bytes.count else { return false }
        let second = bytes[start + 1]
        if first == 0xC3 { return (0x80...0x9E).contains(second) && second != 0x97 }
        let value = (UInt32(first & 0x1F) << 6) | UInt32(second & 0x3F)
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    /// Whether a token has no lowercase letter, ASCII or of two bytes ("MRN", "ÉCOLE", "ΦΕΚ", "12"; not "Мельник", "οδός").
    @inline(__always) func isAllCaps(_ token: Token) -> Bool {
        if token.shape.contains(.known) { return token.shape.contains(.allCaps) }
        return !token.range.contains { index in
            bytes[index].isLower || bytes[index] >= 0xC3 && bytes[index] <= 0xDF && index + 1 < token.end
                && Self.lowercaseTwoByteLetters[Self.twoByteLetter(bytes[index], bytes[index + 1])]
                || bytes[index] == 0xE1 && index + 2 < token.end && Self.isThreeByteLetter(bytes[index + 1], bytes[index + 2]) && Self.isSmallThreeByteLetter(bytes[index + 2])
        }
    }

    /// The bytes between two offsets contain only spaces (and at most `allowing` other punctuation).
    func onlySpaces(_ range: Range<Int>, allowing extra: [UInt8] = []) -> Bool {
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

/// The rules' small word lists that tokenising resolves once per token (`Token.vocabulary`): a rule
/// asking whether a token is a title, a kinship word or a street suffix tests a bit instead of probing
/// a table, however many rules ask. The name lexicons (`Lexicon`) are too large for this and are
/// probed only for the tokens that need them.
enum Vocabulary: Int, CaseIterable, Sendable {
    case dottedAbbreviations, abbreviations, weekdays, dayMonthContext, foreignMonths, romanMonths, kinship, eponymNouns, stopwords, phraseStarts, people, regionWords, streetSuffixes, facilityWords, genericWords, countries, cityNames, keywords, placePrefixes, roomWords, placeEndings, residenceWords, facilityWordsBefore, streetWordsFirst, streetWordsBeforeName, titles, patientWords, introducers, labelWords, addressLabels, addressColonLabels, personVerbs, personRowLabels, signOffs, numberedWords, lowercaseFacilityKinds, nameFieldLabels, nameParticles, possessives, districtWords, shortNameEndings, monthWords, foreignMonthAbbreviations, companySuffixes, streetPrepositions, employmentWords,
         namingWords, lowercaseTitles, userNameLabels, campRoomWords, shipPrefixes, landscapeEndings, brands, pagerLabels, departmentAbbreviations, siteNouns,
         verbsAfterAName, companionWords, labelFirstWords, printPatterns, germanFunctionWords

    /// The list's bit in `Token.vocabulary`.
    @inline(__always) var bit: UInt64 { 1 << UInt64(rawValue) }

    var list: WordList {
        switch self {
        case .dottedAbbreviations: InitialsRule.dottedAbbreviations
        case .abbreviations: InitialsRule.abbreviations
        case .weekdays: DateRule.weekdays
        case .dayMonthContext: DateRule.dayMonthContext
        case .foreignMonths: DateRule.foreignMonths
        case .romanMonths: DateRule.romanMonths
        case .kinship: PersonNames.kinship
        case .eponymNouns: PersonNames.eponymNouns
        case .stopwords: PersonNames.stopwords
        case .phraseStarts: AgeRule.phraseStarts
        case .people: AgeRule.people
        case .regionWords: NameRule.regionWords
        case .streetSuffixes: LocationRule.streetSuffixes
        case .facilityWords: LocationRule.facilityWords
        case .genericWords: LocationRule.genericWords
        case .countries: LocationRule.countries
        case .cityNames: LocationRule.cityNames
        case .keywords: LocationRule.keywords
        case .placePrefixes: LocationRule.placePrefixes
        case .roomWords: LocationRule.roomWords
        case .placeEndings: LocationRule.placeEndings
        case .residenceWords: LocationRule.residenceWords
        case .facilityWordsBefore: LocationRule.facilityWordsBefore
        case .streetWordsFirst: LocationRule.streetWordsFirst
        case .streetWordsBeforeName: LocationRule.streetWordsBeforeName
        case .titles: PersonNames.titles
        case .patientWords: PersonNames.patientWords
        case .introducers: PersonNames.introducers
        case .labelWords: IdentityNumberRule.labelWords
        case .addressLabels: LocationRule.addressLabels
        case .addressColonLabels: LocationRule.addressColonLabels
        case .personVerbs: InitialsRule.personVerbs
        case .personRowLabels: NameRule.personRowLabels
        case .signOffs: NameRule.signOffs
        case .numberedWords: NameRule.numberedWords
        case .lowercaseFacilityKinds: LocationRule.lowercaseFacilityKinds
        case .nameFieldLabels: NameRule.nameFieldLabels
        case .nameParticles: NameRule.nameParticles
        case .possessives: PersonNames.possessives
        case .districtWords: LocationRule.districtWords
        case .shortNameEndings: LocationRule.shortNameEndings
        case .monthWords: DateRule.monthWords
        case .foreignMonthAbbreviations: DateRule.foreignMonthAbbreviations
        case .companySuffixes: LocationRule.companySuffixes
        case .streetPrepositions: LocationRule.streetPrepositions
        case .employmentWords: LocationRule.employmentWords
        case .namingWords: NameRule.namingWords
        case .lowercaseTitles: NameRule.lowercaseTitles
        case .userNameLabels: NameRule.userNameLabels
        case .campRoomWords: LocationRule.campRoomWords
        case .shipPrefixes: LocationRule.shipPrefixes
        case .landscapeEndings: LocationRule.landscapeEndings
        case .brands: PersonNames.brands
        case .pagerLabels: PhoneRule.pagerLabels
        case .departmentAbbreviations: LocationRule.departmentAbbreviations
        case .siteNouns: LocationRule.siteNouns
        case .verbsAfterAName: PersonNames.verbsAfterAName
        case .companionWords: NameRule.companionWords
        case .labelFirstWords: LabelMatcher.all.firstWords
        case .printPatterns: BiometricRule.printPatterns
        case .germanFunctionWords: NameRule.germanFunctionWords
        }
    }

    /// Every word of every list, with the bits of the lists that hold it.
    static let table: WordList = {
        var words: [ArraySlice<UInt8>] = []
        var masks: [UInt64] = []
        for vocabulary in allCases {
            for word in vocabulary.list.words {
                words.append(word)
                masks.append(1 << UInt64(vocabulary.rawValue))
            }
        }
        return WordList(words: words, masks: masks)
    }()
}

/// A set of lowercase words, looked up by a document's bytes without building a String per token:
/// an open-addressing table keyed by a hash of the lowercased bytes, then a byte comparison. The
/// words live in one flat byte array, so a lookup touches no reference-counted storage per word.
final class WordList: Sendable, ExpressibleByArrayLiteral {
    private let storage: [UInt8]
    /// (offset, length) of each word in `storage`.
    private let spans: [(offset: Int32, length: Int32)]
    /// Indices into `spans` + 1 (0 is empty); its size is a power of two.
    private let table: [Int32]
    private let mask: Int
    let maximumLength: Int
    /// Which lowercase first bytes any word starts with.
    private let firstBytes: [Bool]
    /// For a list that tokenising resolves (`Vocabulary`), its bit in `Token.vocabulary`; otherwise 0.
    let bit: UInt64
    /// For `Vocabulary.table`: the bits of each word, by word number.
    private let masks: [UInt64]

    convenience init(_ list: some Sequence<String>, vocabulary: Vocabulary? = nil) {
        self.init(words: list.map { Array($0.lowercased().utf8)[...] }, bit: vocabulary.map { 1 << UInt64($0.rawValue) } ?? 0)
    }

    /// A list that tokenising resolves once per token (see `Vocabulary`).
    convenience init(vocabulary: Vocabulary, _ list: [String]) {
        self.init(list, vocabulary: vocabulary)
    }

    /// Builds the table from lowercase byte strings; duplicates are skipped (their masks are joined). A word with an accented
    /// letter is also stored as "Ömer" and "ÖztÜrk" are: lookups fold ASCII letters only, so these forms are what a capitalised
    /// and an all-caps token ("Ömer", "ÖZTÜRK") fold to (`capitalisedForms(of:)`).
    init(words lowercaseList: [ArraySlice<UInt8>], bit: UInt64 = 0, masks lowercaseMasks: [UInt64] = []) {
        var list = lowercaseList, wordMasks = lowercaseMasks
        for (number, word) in lowercaseList.enumerated() where word.contains(where: { $0 >= 0xC3 }) {
            for form in Self.capitalisedForms(of: word) {
                list.append(form)
                if number < lowercaseMasks.count { wordMasks.append(lowercaseMasks[number]) }
            }
        }
        var storage: [UInt8] = []
        storage.reserveCapacity(list.reduce(0) { $0 + $1.count })
        var spans: [(Int32, Int32)] = []
        spans.reserveCapacity(list.count)
        var size = 16
        while size < list.count * 2 { size *= 2 }
        var table = [Int32](repeating: 0, count: size)
        var masks: [UInt64] = []
        for (number, bytes) in list.enumerated() where !bytes.isEmpty {
            let mask = number < wordMasks.count ? wordMasks[number] : 0
            var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & (size - 1)
            var duplicate = false
            while table[slot] != 0 {
                let span = spans[Int(table[slot]) - 1]
                if Int(span.1) == bytes.count, storage[Int(span.0)..<Int(span.0 + span.1)].elementsEqual(bytes) {
                    duplicate = true
                    if !masks.isEmpty { masks[Int(table[slot]) - 1] |= mask }
                    break
                }
                slot = (slot + 1) & (size - 1)
            }
            if duplicate { continue }
            spans.append((Int32(storage.count), Int32(bytes.count)))
            storage += bytes
            table[slot] = Int32(spans.count)
            if !wordMasks.isEmpty { masks.append(mask) }
        }
        self.bit = bit
        self.masks = masks
        self.storage = storage
        self.spans = spans
        self.table = table
        self.mask = size - 1
        self.maximumLength = spans.map { Int($0.1) }.max() ?? 0
        var firstBytes = [Bool](repeating: false, count: 256)
        for span in spans { firstBytes[Int(storage[Int(span.0)])] = true }
        self.firstBytes = firstBytes
    }

    required convenience init(arrayLiteral elements: String...) { self.init(elements) }

    /// The capital of each two-byte letter (lead byte C3…DF), by `ScanDocument.twoByteLetter`: the letter itself if its
    /// capital is not a two-byte letter (ı, whose capital is I; ß, whose is "SS").
    static let twoByteCapitals: [(UInt8, UInt8)] = (0xC3...0xDF).flatMap { (lead: UInt8) in
        (0x80...0xBF).map { (trail: UInt8) -> (UInt8, UInt8) in
            let scalar = Unicode.Scalar(UInt32(lead & 0x1F) << 6 | UInt32(trail & 0x3F))!
            let upper = Array(scalar.properties.uppercaseMapping.utf8)
            return scalar.properties.isLowercase && upper.count == 2 && upper[0] >= 0xC3 ? (upper[0], upper[1]) : (lead, trail)
        }
    }

    /// The forms of a lowercase word with two-byte letters (é, ş, ø, ж) that a capitalised or all-caps token folds to when only
    /// ASCII letters are folded: the first letter uppercased ("ömer" → "Ömer"), and every two-byte letter uppercased
    /// ("öztürk" → "ÖztÜrk", for "ÖZTÜRK"). Letters without a two-byte capital (`twoByteCapitals`) stay as they are.
    static func capitalisedForms(of word: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var first: [UInt8] = [], every: [UInt8] = []
        first.reserveCapacity(word.count)
        every.reserveCapacity(word.count)
        var index = word.startIndex, isFirst = true
        while index < word.endIndex {
            let lead = word[index]
            guard lead >= 0xC3, lead <= 0xDF, index + 1 < word.endIndex else {
                first.append(lead); every.append(lead); index += 1; isFirst = false
                continue
            }
            let pair = (lead, word[index + 1])
            let upper = twoByteCapitals[ScanDocument.twoByteLetter(lead, pair.1)]
            first.append(isFirst ? upper.0 : pair.0)
            first.append(isFirst ? upper.1 : pair.1)
            every.append(upper.0)
            every.append(upper.1)
            index += 2
            isFirst = false
        }
        return [first[...], every[...]].filter { $0 != word }
    }

    /// One word per line; blank lines and `#` comments are skipped; words are lowercased.
    convenience init(lines bytes: [UInt8]) {
        var words: [ArraySlice<UInt8>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
            var line = bytes[start..<index]
            start = index + 1
            while let first = line.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { line = line.dropFirst() }
            while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            words.append(line.contains(where: \.isUpper) ? ArraySlice(line.map(\.lowercased)) : line)
        }
        self.init(words: words)
    }

    var count: Int { spans.count }

    /// The words, lowercased, and the capitalised forms stored with them (`capitalisedForms`).
    var words: [ArraySlice<UInt8>] { spans.map { storage[Int($0.offset)..<Int($0.offset + $0.length)] } }

    @inline(__always) static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = hashSeed
        for byte in bytes { hash = mixing(byte.lowercased, into: hash) }
        return finished(hash)
    }

    /// The hash before any byte (FNV-1a's offset basis); `mixing` adds a byte (already folded), `finished` ends it. The tokeniser
    /// hashes each word with these as it finds the word's end, so that a token's hash is the one a list looks it up by.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mixing(_ byte: UInt8, into hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    @inline(__always) static func finished(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }

    func contains(_ word: String) -> Bool {
        // (Read in place, not copied into an array: rules ask this of short words thousands of times a file.)
        var word = word
        return word.withUTF8 { entry(of: $0, hash: Self.hash($0)) != nil }
    }

    @inline(__always) func contains(_ document: ScanDocument, _ range: Range<Int>) -> Bool {
        contains(document.bytes[range])
    }

    /// Whether a token is in the list: for a `Vocabulary` list, the bit resolved when tokenising; otherwise
    /// a probe with the hash computed then.
    @inline(__always) func contains(_ token: Token, in document: ScanDocument) -> Bool {
        // (The bit test inline, the probe out of line: rules ask this some twenty times per token.)
        if bit != 0, !token.isNumber { return token.vocabulary & bit != 0 }
        return probe(token, in: document)
    }

    @inline(never) private func probe(_ token: Token, in document: ScanDocument) -> Bool {
        if token.isNumber { return contains(document.bytes[token.range]) }
        return contains(document.bytes[token.range], hash: token.hash)
    }

    /// For a list built with masks (`Vocabulary.table`, `LabelMatcher.firstWords`): the mask of the word equal to the bytes, or 0.
    @inline(__always) func bits(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt64 {
        entry(of: bytes, hash: hash).map { masks[$0] } ?? 0
    }

    /// For `Vocabulary.table`: sets the `vocabulary` of every word token (not a number) to the joined bits of the lists that hold
    /// it (`bits(of:hash:)`, with the hash found when tokenising), with the table's storage reached once for all of them.
    func resolveVocabulary(of tokens: inout [Token], in bytes: UnsafeBufferPointer<UInt8>) {
        withBuffers { buffers in
            masks.withUnsafeBufferPointer { masks in
                tokens.withUnsafeMutableBufferPointer { tokens in
                    for index in tokens.indices where !tokens[index].isNumber {
                        let token = tokens[index]
                        if let entry = buffers.entry(of: bytes, from: token.start, length: token.end - token.start, hash: token.hash) {
                            tokens[index].vocabulary = masks[entry]
                        }
                    }
                }
            }
        }
    }

    func contains(_ bytes: ArraySlice<UInt8>, hash precomputed: UInt64? = nil) -> Bool {
        bytes.withUnsafeBufferPointer { entry(of: $0, hash: precomputed ?? Self.hash($0)) } != nil
    }

    /// The number of the word equal to the bytes (ASCII case ignored), probing from the hash's slot.
    @inline(__always) private func entry(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        withBuffers { $0.entry(of: bytes, from: 0, length: bytes.count, hash: hash) }
    }

    /// The list's arrays as buffers, for one lookup or a run of them.
    private struct Buffers {
        let storage: UnsafeBufferPointer<UInt8>
        let spans: UnsafeBufferPointer<(offset: Int32, length: Int32)>
        let table: UnsafeBufferPointer<Int32>
        let firstBytes: UnsafeBufferPointer<Bool>
        let mask: Int
        let maximumLength: Int

        /// The number of the word equal to `length` bytes from `start` (ASCII case ignored), probing from the hash's slot.
        @inline(__always) func entry(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int, hash: UInt64) -> Int? {
            guard length > 0, length <= maximumLength, firstBytes[Int(bytes[start].lowercased)] else { return nil }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = Int(table[slot])
                if entry == 0 { return nil }
                let span = spans[entry - 1]
                if Int(span.length) == length {
                    let offset = Int(span.offset)
                    var index = 0
                    while index < length, bytes[start + index].lowercased == storage[offset + index] { index += 1 }
                    if index == length { return entry - 1 }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always) private func withBuffers<Result>(_ body: (Buffers) -> Result) -> Result {
        storage.withUnsafeBufferPointer { storage in
            spans.withUnsafeBufferPointer { spans in
                table.withUnsafeBufferPointer { table in
                    firstBytes.withUnsafeBufferPointer { firstBytes in
                        body(Buffers(storage: storage, spans: spans, table: table, firstBytes: firstBytes, mask: mask, maximumLength: maximumLength))
                    }
                }
            }
        }
    }
}

/// The lists of labels (words or phrases, any case) the rules look for at the start of a token. All
/// of them are found in one pass when a document is prepared (`ScanDocument.labels(_:)`), not in a
/// pass per rule.
enum LabelList: Int, CaseIterable, Sendable {
    case postalCode, holiday, device, vehicle, personalSite, identityNumber, residence, biometric, signature, nameField, placeField

    var labels: [String] {
        switch self {
        case .postalCode: PostalCodeRule.labels
        case .holiday: DateRule.holidays
        case .device: DeviceRule.labels
        case .vehicle: VehicleRule.labels
        case .personalSite: URLRule.personalSites
        case .identityNumber: IdentityNumberRule.labels
        case .residence: LocationRule.residencePhrases
        case .biometric: BiometricRule.keywords
        case .signature: InitialsRule.signatureLabels
        case .nameField: LabelledFields.nameLabels
        case .placeField: LabelledFields.placeLabels
        }
    }
}

/// A label found at a token start: which list, which label, and the offset just after it.
struct LabelHit: Sendable {
    var list: LabelList
    var label: Int32
    var end: Int
}

/// Finds the labels of every `LabelList` at token starts, in one pass. A label can only match where a
/// token's first word (its letters up to an inner hyphen or apostrophe) is the label's first word: the
/// label either goes on with the same non-letter byte, or ends in a letter and must end a word. So the
/// labels are grouped by first word, and a token costs one probe of that small table with the hash
/// computed when tokenising; only tokens that start a label's first word compare bytes.
struct LabelMatcher: Sendable {
    static let all = LabelMatcher(LabelList.allCases)

    private typealias Candidate = (offset: Int32, length: Int32, list: UInt8, label: Int32)
    private let storage: [UInt8]
    /// Candidate labels, grouped by first word, longest first in a group.
    private let candidates: [Candidate]
    /// Each group's range in `candidates` (start, count).
    private let groups: [(start: Int32, count: Int32)]
    /// The first words of the labels; a word's mask is its group number + 1. (Also a `Vocabulary` list, so that tokenising
    /// marks the tokens worth a look here.)
    let firstWords: WordList
    /// Labels that start with a digit or a sign (no first word): checked at every number token.
    private let unworded: [Candidate]
    /// Each list's labels, lowercased, by label number.
    let texts: [[String]]

    init(_ lists: [LabelList]) {
        var storage: [UInt8] = []
        var groupOf: [ArraySlice<UInt8>: Int] = [:]
        var grouped: [[Candidate]] = []
        var unworded: [Candidate] = []
        var texts = [[String]](repeating: [], count: LabelList.allCases.count)
        for list in lists {
            texts[list.rawValue] = list.labels.map { $0.lowercased() }
            for (number, label) in texts[list.rawValue].enumerated() {
                let bytes = Array(label.utf8)[...]
                let candidate: Candidate = (Int32(storage.count), Int32(bytes.count), UInt8(list.rawValue), Int32(number))
                storage += bytes
                let word = bytes.prefix(Self.wordLength(bytes))
                if word.isEmpty { unworded.append(candidate); continue }
                if groupOf[word] == nil {
                    groupOf[word] = grouped.count
                    grouped.append([])
                }
                grouped[groupOf[word]!].append(candidate)
            }
        }
        var candidates: [Candidate] = []
        var groups: [(start: Int32, count: Int32)] = []
        for group in grouped {
            // Longer labels first, so "serial number" wins over "serial".
            groups.append((Int32(candidates.count), Int32(group.count)))
            candidates += group.sorted { $0.length > $1.length }
        }
        let words = groupOf.sorted { $0.value < $1.value }
        self.storage = storage
        self.candidates = candidates
        self.groups = groups
        self.firstWords = WordList(words: words.map(\.key), bit: Vocabulary.labelFirstWords.bit, masks: words.map { UInt64($0.value + 1) })
        self.unworded = unworded.sorted { $0.length > $1.length }
        self.texts = texts
    }

    /// The length of the letters a text starts with, as the tokeniser counts letters (ASCII letters and
    /// two-byte UTF-8 letters).
    static func wordLength(_ bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte.isASCIILetter { index += 1; continue }
            if index + 1 < bytes.endIndex, ScanDocument.isTwoByteLetter(byte, bytes[index + 1]) { index += 2; continue }
            break
        }
        return index - bytes.startIndex
    }

    /// Every list's labels found at token starts, in document order.
    func find(in bytes: [UInt8], tokens: [Token]) -> [LabelHit] {
        var found: [LabelHit] = []
        // (The matching is a static function given `found` inout, not a nested function that captures it: a captured variable is
        // checked for exclusive access at run time on every append.)
        bytes.withUnsafeBufferPointer { bytes in
            storage.withUnsafeBufferPointer { storage in
                candidates.withUnsafeBufferPointer { candidates in
                    unworded.withUnsafeBufferPointer { unworded in
                        for token in tokens {
                            if token.isNumber {
                                if !unworded.isEmpty { Self.match(unworded[...], at: token.start, in: bytes, storage: storage, knownEqual: 0, into: &found) }
                                continue
                            }
                            // (A word of one piece is looked up only if tokenising found it among the first words — those of `all`, which
                            // holds every list, so a matcher for fewer lists skips no word of its own; one with an apostrophe or a hyphen,
                            // up to it.)
                            var run = token.end - token.start
                            if token.shape.contains(.joined) {
                                run = 0
                                while token.start + run < token.end, bytes[token.start + run] != UInt8(ascii: "-"), bytes[token.start + run] != UInt8(ascii: "'") { run += 1 }
                            } else if !token.isIn(.labelFirstWords) {
                                continue
                            }
                            let word = UnsafeBufferPointer(rebasing: bytes[token.start..<(token.start + run)])
                            let group = Int(firstWords.bits(of: word, hash: run == token.end - token.start ? token.hash : WordList.hash(word)))
                            guard group > 0 else { continue }
                            let range = groups[group - 1]
                            // (Every label of the group starts with the word just found, so its bytes are compared from after it — if it
                            // is ASCII: the first words are also stored as "Ömer" and "ÖZTÜRK" fold, which a label's lowercase bytes are not.)
                            Self.match(candidates[Int(range.start)..<Int(range.start + range.count)], at: token.start, in: bytes, storage: storage,
                                       knownEqual: word.allSatisfy { $0 < 0x80 } ? run : 0, into: &found)
                        }
                    }
                }
            }
        }
        return found
    }

    /// The longest label of each list among `group` that matches at `start`, added to `found`. The first `knownEqual` bytes of
    /// every label of the group are known to match (ASCII case ignored) and are not compared again.
    private static func match(_ group: Slice<UnsafeBufferPointer<Candidate>>, at start: Int, in bytes: UnsafeBufferPointer<UInt8>,
                              storage: UnsafeBufferPointer<UInt8>, knownEqual: Int, into found: inout [LabelHit]) {
        let count = bytes.count
        var matchedLists: UInt32 = 0
        for candidate in group {
            let length = Int(candidate.length)
            let end = start + length
            guard end <= count, matchedLists & (1 << candidate.list) == 0 else { continue }
            let offset = Int(candidate.offset)
            var at = knownEqual
            while at < length {
                let byte = bytes[start + at], stored = storage[offset + at]
                // A two-byte letter as written, or its capital where the label has the lowercase letter: "Овог нэр:" for "овог нэр",
                // "État civil" for "état civil".
                if stored >= 0xC3, stored <= 0xDF, at + 1 < length, start + at + 1 < count {
                    let trail = storage[offset + at + 1], next = bytes[start + at + 1]
                    let capital = WordList.twoByteCapitals[ScanDocument.twoByteLetter(stored, trail)]
                    guard byte == stored && next == trail || byte == capital.0 && next == capital.1 else { break }
                    at += 2
                    continue
                }
                guard byte.lowercased == stored else { break }
                at += 1
            }
            guard at == length else { continue }
            // A label that ends in a letter must end a word.
            if end < count, storage[offset + length - 1].isASCIILetter,
               bytes[end].isASCIILetter || (bytes[end] >= 0xC3 && bytes[end] <= 0xDF) { continue }
            matchedLists |= 1 << candidate.list
            found.append(LabelHit(list: LabelList(rawValue: Int(candidate.list))!, label: candidate.label, end: end))
        }
    }
}

import Foundation

extension String {
    /// Whether the text holds another's bytes: a literal search over UTF-8, for the questions rules ask of short
    /// words around a candidate ("doi", "://"), where Foundation's `contains` goes through NSString. (Like Foundation's, false
    /// for an empty text.)
    func includes(_ other: String) -> Bool {
        var text = self, other = other
        return text.withUTF8 { text in other.withUTF8 { other in ScanDocument.firstOffset(of: other, in: text, from: 0) != nil } }
    }
}
