/// Ways drafts introduce a person, or a pet, that need no title: a first mention followed by an age ("Amber, 31, primary school
/// teacher", "Noel (Noel Fahy), 66"), the colleague a comment is addressed to ("<!-- Mags: pasting from the ED board"), the
/// name in a record's banner pasted as one line ("`HRN 0774129 | KELLY, DAWN | 7 Staunton St`"), and a pet's name after its kind
/// ("his sheepdog, Fflei,").
enum NameIntroductions {
    /// Whether a capitalised word can be a given name or a surname on its own: a known name, or no English word, abbreviation,
    /// stopword, eponym, title, country or generic word.
    static func mayBeName(_ token: Token, in document: ScanDocument) -> Bool {
        guard !token.isNumber, token.end - token.start >= 2, document.isCapitalised(token), !token.isIn(.stopwords), !token.isIn(.titles),
              !token.isIn(.patientWords), !token.isIn(.countries), !token.isIn(.genericWords), !token.isIn(.kinship), !token.isIn(.monthWords),
              !token.isIn(.weekdays), !Lexicon.eponyms.contains(token, in: document), !NameRule.hasInnerCapital(token, in: document) else { return false }
        if isKnownName(token, in: document) { return true }
        return !Lexicon.englishWords.contains(token, in: document) && !Lexicon.abbreviations.contains(token, in: document)
            && token.end - token.start >= 3 && !document.isAllCaps(token)
    }

    /// Whether a word is in the lexicons of given names and surnames, word-names included.
    static func isKnownName(_ token: Token, in document: ScanDocument) -> Bool {
        Lexicon.firstNames.contains(token, in: document) || Lexicon.firstNamesWithWords.contains(token, in: document) || Lexicon.surnames.contains(token, in: document)
    }

    /// A name in Cyrillic, Hebrew, Arabic or an Indian or South-East Asian script right after a kinship word written in Latin letters,
    /// or in bold as a chat's speaker: "son นัฐพงษ์, tel …", "telefon żony Олена", "> **كريم** (23:34): …". One or two words of that
    /// script, to a space, a punctuation mark or an ASCII character.
    static func otherScriptNames(in document: ScanDocument) -> [Range<Int>] {
        let bytes = document.bytes
        guard bytes.contains(where: { $0 >= 0xD0 }) else { return [] }
        var found: [Range<Int>] = []
        /// The end of one or two words of another script from an offset, or nil.
        func wordsEnd(from start: Int) -> Int? {
            guard start + 1 < bytes.count, (0xD0...0xDB).contains(bytes[start]) || bytes[start] == 0xE0 else { return nil }
            var end = start, words = 1
            while end < bytes.count {
                if bytes[end] >= 0x80 && !(bytes[end] == 0xE2) { end += 1; continue }
                if bytes[end] == UInt8(ascii: " "), words < 2, end + 1 < bytes.count, (0xD0...0xDB).contains(bytes[end + 1]) || bytes[end + 1] == 0xE0 {
                    words += 1
                    end += 1
                    continue
                }
                break
            }
            guard end - start >= 4, end == bytes.count || !bytes[end].isASCIILetter && !bytes[end].isDigit else { return nil }
            return end
        }
        for token in document.tokens where !token.isNumber && token.end + 2 < bytes.count {
            // (The script's lead byte after a space or a comma first: most words have a Latin word after them.)
            var start = token.end
            if bytes[start] == UInt8(ascii: ",") && bytes[start + 1] == UInt8(ascii: " ") { start += 2 } else if bytes[start] == UInt8(ascii: " ") { start += 1 } else { continue }
            guard start < bytes.count, bytes[start] >= 0xD0, token.zone == .text, bytes[token.start] < 0xD0,
                  token.isIn(.kinship) || Self.kinshipAbroad.contains(document.lowercased(token.range)) else { continue }
            if let end = wordsEnd(from: start), !found.contains(where: { $0.overlaps(start..<end) }) { found.append(start..<end) }
        }
        for stars in document.offsets(of: Array("**".utf8)) where stars + 2 < bytes.count && (0xD0...0xDB).contains(bytes[stars + 2]) {
            guard let end = wordsEnd(from: stars + 2), document.hasPrefix("**", at: end), document.zone(at: stars) == .text,
                  document.hasPrefix("** (", at: end) && end + 4 < bytes.count && bytes[end + 4].isDigit || document.hasPrefix("**:", at: end) || document.hasPrefix(":**", at: end) else { continue }
            found.append((stars + 2)..<end)
        }
        return found
    }

    /// Kinship words of other languages written in Latin letters before a name in another script: Polish "żony Olena" (his wife's).
    static let kinshipAbroad: Set<String> = ["żona", "żony", "mąż", "męża", "syn", "syna", "córka", "córki", "matka", "matki", "ojciec", "ojca", "brat", "siostra"]

    /// Whether ", a 24-year-old", ", a six-year-old", ", an eight-month-old" follows an offset.
    static func ageAdjectiveFollows(_ offset: Int, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard document.hasPrefix(", a", at: offset) else { return false }
        var index = offset + (document.hasPrefix(", an ", at: offset) ? 5 : document.hasPrefix(", a ", at: offset) ? 4 : bytes.count)
        guard index < bytes.count else { return false }
        let start = index
        while index < bytes.count, bytes[index].isDigit { index += 1 }
        if index == start, let word = spelledAges.first(where: { document.hasPrefix($0, at: index) }) { index += word.utf8.count }
        guard index > start else { return false }
        // ("eighty-two-year-old": a second number word after a hyphen.)
        if document.hasPrefix("-", at: index), let word = spelledAges.first(where: { document.hasPrefix($0, at: index + 1) }) { index += 1 + word.utf8.count }
        return ["-year-old", "-month-old", "-week-old", "-day-old", " year old", " years old"].contains { document.hasPrefix($0, at: index) }
    }

    /// Numbers in words that start an age as an adjective ("a six-year-old", "an eighty-year-old"), the longer first.
    static let spelledAges: [String] = ["seventeen", "thirteen", "fourteen", "fifteen", "sixteen", "eighteen", "nineteen", "eleven", "twelve",
                                        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "three", "seven", "eight",
                                        "one", "two", "four", "five", "six", "nine", "ten"]

    /// Pets, whose names a small community knows with their owner's: "his sheepdog, Fflei,", "the cat Tiggy", "their dog Scout".
    static let petWords: WordList = ["dog", "cat", "sheepdog", "spaniel", "terrier", "collie", "puppy", "kitten", "rabbit", "parrot", "budgie",
                                     "pony", "horse", "retriever", "greyhound", "kelpie", "lurcher", "beagle", "poodle", "whippet", "dachshund",
                                     "labrador", "pup", "tabby", "moggy"]

    /// "His sheepdog, Fflei, would not leave", "with his cat Tiggy": a capitalised word right after a pet's word in lowercase (with or
    /// without a comma), not a sentence's first — a word that is also an English word included, as pets' names often are.
    static func petNames(in document: ScanDocument) -> [Range<Int>] {
        let tokens = document.tokens, bytes = document.bytes
        var found: [Range<Int>] = []
        for position in document.capitalisedWords where position >= 1 && tokens[position].zone == .text {
            let name = tokens[position], pet = tokens[position - 1]
            guard !pet.isNumber, bytes[pet.start].isLower, petWords.contains(pet, in: document),
                  name.start == pet.end + 1 || name.start == pet.end + 2 && bytes[pet.end] == UInt8(ascii: ","),
                  bytes[name.start - 1] == UInt8(ascii: " "), name.end - name.start >= 3, !document.isAllCaps(name), !NameRule.hasInnerCapital(name, in: document),
                  !name.isIn(.titles), !name.isIn(.stopwords), !name.isIn(.countries), !name.isIn(.monthWords), !name.isIn(.weekdays),
                  !PersonNames.isEponymUse(tokens, at: position, in: document),
                  name.end == bytes.count || !bytes[name.end].isLetterLike && bytes[name.end] != UInt8(ascii: "-") else { continue }
            found.append(name.range)
        }
        return found
    }

    /// People named by their work in lowercase, right before their name: "driver Blessing Nyamande", "the boatman Abul Miah", "passenger
    /// Tatenda Chikwanha".
    static let occupations: WordList = ["driver", "passenger", "boatman", "porter", "cleaner", "interpreter", "translator", "caretaker", "neighbour",
                                        "neighbor", "landlord", "landlady", "employer", "foreman", "supervisor", "coach", "pastor", "headteacher",
                                        "headmaster", "headmistress", "classmate", "workmate", "colleague", "witness", "bystander", "motorist", "rider",
                                        "pillion", "conductor", "vendor", "shopkeeper", "chef", "guard", "warden"]

    /// Two capitalised words after an occupation in lowercase ("driver Blessing Nyamande") — the second a name, or no English word,
    /// abbreviation, place's or facility's word (not "driver Toyota HiAce", "the guard House rules").
    static func namesAfterOccupations(in document: ScanDocument) -> [Range<Int>] {
        let tokens = document.tokens, bytes = document.bytes
        var found: [Range<Int>] = []
        for position in document.capitalisedWords where position >= 1 && position + 1 < tokens.count && tokens[position].zone == .text {
            let first = tokens[position], second = tokens[position + 1], role = tokens[position - 1]
            guard !role.isNumber, bytes[role.start].isLower, first.start == role.end + 1, bytes[role.end] == UInt8(ascii: " "), occupations.contains(role, in: document),
                  second.start == first.end + 1, bytes[first.end] == UInt8(ascii: " "), !second.isNumber, document.isCapitalised(second),
                  !document.isAllCaps(first), !document.isAllCaps(second), !first.isIn(.brands), !second.isIn(.brands),
                  !first.isIn(.titles), !first.isIn(.countries), !second.isIn(.countries), !second.isIn(.facilityWords), !second.isIn(.streetSuffixes),
                  isKnownName(second, in: document) || mayBeName(second, in: document),
                  isKnownName(first, in: document) || Lexicon.firstNamesWithWords.contains(first, in: document) || mayBeName(first, in: document) else { continue }
            found.append(first.start..<second.end)
        }
        return found
    }

    /// "S. Park (EMT)", "A. Castellano (EMT-B)", "K. Mastroianni RN": an initial and a capitalised word (an English word too) before a
    /// staff role in brackets or a credential in capitals — a crew's or a sender's name. (Not "S. Aureus (MRSA)": no role follows.)
    static func initialledNamesBeforeRoles(in document: ScanDocument) -> [Range<Int>] {
        let tokens = document.tokens, bytes = document.bytes
        var found: [Range<Int>] = []
        for position in document.capitalisedWords where position + 1 < tokens.count && tokens[position].zone == .text {
            let initial = tokens[position], name = tokens[position + 1]
            // (Not "1.2 L. The …", "mmol/L. Her …": a unit that ends a sentence, then its next word.)
            guard initial.end - initial.start == 1, bytes[initial.start].isUpper, initial.start == 0 || bytes[initial.start - 1] == UInt8(ascii: " ")
                    || bytes[initial.start - 1] == UInt8(ascii: "(") || bytes[initial.start - 1].isLineBreak,
                  !(position >= 1 && tokens[position - 1].isNumber && tokens[position - 1].end + 1 == initial.start),
                  !Self.sentenceStarters.contains(name, in: document),
                  document.has(". ", at: initial.end), name.start == initial.end + 2, !name.isNumber, document.isCapitalised(name), !document.isAllCaps(name),
                  name.end - name.start >= 2, !name.isIn(.titles), !name.isIn(.countries) else { continue }
            var role = ""
            if document.has(" (", at: name.end) {
                role = String(decoding: bytes[(name.end + 2)..<min(bytes.count, name.end + 30)].prefix { $0.isLetterLike || $0.isDigit || $0 == UInt8(ascii: " ") }
                    .map(\.lowercased), as: UTF8.self)
                while role.hasSuffix(" ") { role.removeLast() }
            } else if name.end + 1 < bytes.count, bytes[name.end] == UInt8(ascii: " "), let credential = document.token(startingAt: name.end + 1), document.isAllCaps(credential),
                      credential.end == bytes.count || !bytes[credential.end].isLetterLike {
                role = document.lowercased(credential.range)
            }
            guard !role.isEmpty, InitialsRule.credentials.contains(role) || InitialsRule.roleAbbreviations.contains(role) || InitialsRule.rolesInBrackets.contains(role) else { continue }
            found.append(initial.start..<name.end)
        }
        return found
    }

    /// Words that start a sentence and no name: "L. The", "L. Her".
    static let sentenceStarters: WordList = ["the", "her", "his", "she", "he", "it", "this", "that", "a", "an", "they", "we", "there", "on", "in", "at"]

    /// Words for a person that an age may follow without naming anyone: "Male, 45, presented", "Twins, 2, …".
    static let peopleWords: WordList = ["male", "female", "man", "woman", "men", "women", "boy", "girl", "baby", "infant", "child", "toddler",
                                        "adult", "twin", "twins", "teen", "teenager", "lady", "gentleman", "case", "caller", "driver", "farmer"]

    /// An eponym's word that is no English word, as a surname or given name is ("Bennett", "Kelly"): a name where an age says so.
    static func isEponymName(_ token: Token, in document: ScanDocument) -> Bool {
        !token.isNumber && document.isCapitalised(token) && Lexicon.eponyms.contains(token, in: document) && !Lexicon.englishWords.contains(token, in: document)
            && !document.isAllCaps(token)
    }

    /// "Amber, 31, primary school teacher", "Jasmine, a 24-year-old woman", "Hunter, 17, defenceman", "Banjo, 3 years 2 months", "Grace Hogan, 28, a
    /// physiotherapist", "Noel (Noel Fahy), 66": one or two capitalised words that start a sentence, then an age between commas or
    /// after the bracketed full name. (A month is no name: "June, 12, …" is not read.)
    static func beforeAges(in document: ScanDocument) -> [Range<Int>] {
        let tokens = document.tokens, bytes = document.bytes
        var found: [Range<Int>] = []
        // (Among the capitalised words, those that start with an ASCII capital.)
        for position in document.capitalisedWords where tokens[position].zone == .text && bytes[tokens[position].start].isUpper {
            let token = tokens[position]
            // (A comma or a bracket after the word or the next one, before anything slower.)
            func opensAge(_ end: Int) -> Bool { end < bytes.count && (bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: " ") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "(")) }
            guard opensAge(token.end) || position + 1 < tokens.count && opensAge(tokens[position + 1].end) else { continue }
            guard document.startsSentence(token), mayBeName(token, in: document) || isEponymName(token, in: document),
                  !peopleWords.contains(token, in: document),
                  // ("Mother-in-law, 92, lives with them": a relative named by kinship.)
                  !PersonNames.kinship.contains(bytes[token.range].prefix { $0 != UInt8(ascii: "-") }) else { continue }
            var last = position
            // The second word: a name-like word, or any capitalised word right before the age after a known name ("Grace Hogan, 28,").
            if position + 1 < tokens.count, tokens[position + 1].start == token.end + 1, bytes[token.end] == UInt8(ascii: " "),
               mayBeName(tokens[position + 1], in: document) || isKnownName(token, in: document) && opensAge(tokens[position + 1].end)
                && !tokens[position + 1].isNumber && document.isCapitalised(tokens[position + 1]) && !document.isAllCaps(tokens[position + 1])
                && !tokens[position + 1].isIn(.stopwords) && !tokens[position + 1].isIn(.titles) {
                last = position + 1
            }
            // (One word alone must be a name the lexicons know: not "Procalcitonin, 12, was low" or "Troponin, 45, then 60".)
            // (Or any such word before an age as an adjective: "Hasina, a six-year-old Rohingya girl".)
            guard last > position || isKnownName(token, in: document) || isEponymName(token, in: document)
                    || Self.ageAdjectiveFollows(token.end, in: document) else { continue }
            var at = tokens[last].end
            // "Noel (Noel Fahy), 66": the full name in brackets, then the age.
            if at + 2 < bytes.count, bytes[at] == UInt8(ascii: " "), bytes[at + 1] == UInt8(ascii: "("),
               let close = bytes[(at + 2)..<min(bytes.count, at + 40)].firstIndex(of: UInt8(ascii: ")")) {
                at = close + 1
            }
            guard at + 3 < bytes.count, bytes[at] == UInt8(ascii: ","), bytes[at + 1] == UInt8(ascii: " ") else { continue }
            // "Jasmine, a 24-year-old woman with HbSS disease": the age as an adjective after "a" or "an".
            let article = document.hasPrefix("a ", at: at + 2) ? 2 : document.hasPrefix("an ", at: at + 2) ? 3 : 0
            var digits = at + 2 + article
            while digits < bytes.count, bytes[digits].isDigit { digits += 1 }
            // "Hasina, a six-year-old Rohingya girl": the age in words.
            if article > 0, digits == at + 2 + article, let word = Self.spelledAges.first(where: { document.hasPrefix($0, at: digits) }) {
                digits += word.utf8.count
            }
            guard (1...3).contains(digits - (at + 2 + article)) || digits > at + 2 + article && !bytes[at + 2 + article].isDigit, digits < bytes.count else { continue }
            // The age is followed by a comma, or by years or months: "31, primary", "3 years 2 months", "58 yo".
            let after = bytes[digits...].prefix(10)
            if article > 0 {
                guard after.starts(with: "-year-old".utf8) || after.starts(with: "-month-old".utf8) || after.starts(with: " year old".utf8)
                        || after.starts(with: "-yr-old".utf8) else { continue }
            } else {
                guard after.first == UInt8(ascii: ",") || after.starts(with: " years".utf8) || after.starts(with: " months".utf8)
                        || after.starts(with: " yo".utf8) || after.starts(with: " y ".utf8) || after.starts(with: " y,".utf8) else { continue }
            }
            found.append(token.start..<tokens[last].end)
        }
        return found
    }

    /// Words that open a comment without addressing anyone: "<!-- Note: …", "<!-- TODO — …".
    static let commentOpeners: WordList = ["note", "notes", "todo", "fixme", "caption", "captions", "figure", "image", "images", "draft",
                                           "reviewer", "reviewers", "editor", "editors", "author", "authors", "ref", "refs", "references",
                                           "source", "sources", "update", "edit", "edits", "question", "answer", "hint", "check", "remove",
                                           "delete", "keep", "teaching", "private", "internal", "comment", "comments", "placeholder", "version"]

    /// "<!-- Mags: pasting from the ED board", "<!-- Tom — Noel's daughter emailed", "<!-- Dami, the gym's printout": the
    /// colleague a comment is addressed to, by first name.
    static func commentAddressees(in document: ScanDocument) -> [Range<Int>] {
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for open in document.offsets(of: Array("<!-- ".utf8)) {
            guard let index = document.firstTokenIndex(from: open + 5) else { continue }
            let token = document.tokens[index]
            // (A word the lexicons do not know only when short, as a nickname is: "Mags", "Bola", not "Changelog".)
            guard token.start == open + 5, token.zone == .text, mayBeName(token, in: document), !commentOpeners.contains(token, in: document),
                  isKnownName(token, in: document) || token.end - token.start <= 5,
                  !Lexicon.abbreviations.contains(token, in: document) || Lexicon.firstNames.contains(token, in: document) else { continue }
            let after = bytes[token.end...].prefix(4)
            guard after.starts(with: ":".utf8) || after.starts(with: " —".utf8) || after.starts(with: " –".utf8) || after.starts(with: " - ".utf8)
                    || after.starts(with: ", ".utf8) else { continue }
            found.append(token.range)
        }
        return found
    }

    /// A record's banner pasted as one line of cells between bars (not a table's row), holding six digits or more: a cell of two to four
    /// words in capitals ("KELLY, DAWN", "COOK BARRY JOHN", "HOLLINGS, Amber") with a known given name or surname among them.
    static func inBanners(in document: ScanDocument) -> [Range<Int>] {
        let written = document.source.utf8, tokens = document.tokens
        var found: [Range<Int>] = []
        // The lines with a bar, from the bars (most lines have none; a table's rows start with one and are no banner).
        var lastLine = 0
        for bar in document.offsets(of: [UInt8(ascii: "|")]) {
            let line = document.line(at: bar)
            guard line != lastLine else { continue }
            lastLine = line
            let lineStart = document.source.lineStarts[line - 1]
            guard document.zones[line - 1] == .text else { continue }
            var first = lineStart
            while first < bar, written[first] == UInt8(ascii: " ") || written[first] == UInt8(ascii: ">") { first += 1 }
            guard first < bar else { continue }
            let lineEnd = written[bar...].firstIndex(where: \.isLineBreak) ?? written.count
            let bars = written[lineStart..<lineEnd].indices.filter { written[$0] == UInt8(ascii: "|") }
            // (A banner holds a record's number: six digits or more.)
            guard bars.count >= 2, written[lineStart..<lineEnd].lazy.filter(\.isDigit).count >= 6,
                  let firstToken = document.firstTokenIndex(from: lineStart) else { continue }
            let lineTokens = tokens[firstToken...].prefix { $0.start < lineEnd }
            for (left, right) in zip([lineStart - 1] + bars, bars + [lineEnd]) {
                let cell = lineTokens.filter { $0.start > left && $0.end <= right }
                guard (2...4).contains(cell.count), cell.allSatisfy({ !$0.isNumber && $0.end - $0.start >= 2 && document.isCapitalised($0) }),
                      document.isAllCaps(cell[cell.startIndex]),
                      // Only letters, spaces, one comma and backticks in the cell.
                      written[max(lineStart, left + 1)..<right].allSatisfy({ $0.isLetterLike || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "`")
                          || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") }),
                      // ("KELLY, DAWN": the comma of a surname first; otherwise a name that is no word: not "GENERAL SURGERY".)
                      written[max(lineStart, left + 1)..<right].contains(UInt8(ascii: ",")) && cell.contains(where: { isKnownName($0, in: document) })
                        || cell.contains(where: { Lexicon.firstNames.contains($0, in: document) || Lexicon.surnames.contains($0, in: document) }),
                      // (No term of three letters or more among them: "CT THORAX", "NH ED".)
                      !cell.contains(where: { $0.end - $0.start >= 3 && Lexicon.abbreviations.contains($0, in: document) && !Lexicon.firstNames.contains($0, in: document)
                          && !Lexicon.firstNamesWithWords.contains($0, in: document) && !Lexicon.surnames.contains($0, in: document) || $0.isIn(.stopwords) }) else { continue }
                found.append(cell[cell.startIndex].start..<cell[cell.endIndex - 1].end)
            }
        }
        return found
    }
}
