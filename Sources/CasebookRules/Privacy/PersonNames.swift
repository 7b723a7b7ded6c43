/// What the name, relative and initials rules share: the words that introduce a person, and the
/// contexts in which a name-like word is a disease, a sign or a cited author instead.
enum PersonNames {
    /// The surnames of the works cited in the references: their capitalised words of three letters or more, lowercased
    /// ("boyer", "shannon" from "Boyer EW, Shannon M."; not the initials "EW").
    static func citedSurnames(in document: ScanDocument) -> Set<[UInt8]> {
        guard document.zones.contains(.reference) else { return [] }
        let bytes = document.bytes
        return Set(document.tokens.lazy.filter { token in
            token.zone == .reference && !token.isNumber && token.end - token.start >= 3 && bytes[token.start].isUpper
                && bytes[(token.start + 1)..<token.end].contains(where: \.isLower)
        }.map { bytes[$0.range].map(\.lowercased) })
    }

    /// Whether a name found in the text is made only of cited surnames, with no title or naming word before it:
    /// "(Boyer and Shannon)", "Titulaer, Lang and Verschuuren" (not "Dr Shannon", "a patient named Bell").
    static func namesCitedAuthor(_ range: Range<Int>, citedSurnames: Set<[UInt8]>, in document: ScanDocument) -> Bool {
        guard !citedSurnames.isEmpty, document.zone(at: range.lowerBound) == .text else { return false }
        let parts = document.bytes[range].split(whereSeparator: { !$0.isLetterLike })
        guard !parts.isEmpty, parts.allSatisfy({ citedSurnames.contains($0.map(\.lowercased)) }) else { return false }
        if let before = document.lastTokenIndex(endingBy: range.lowerBound), range.lowerBound - document.tokens[before].end <= 2,
           document.tokens[before].isIn(.introducers) || document.tokens[before].isIn(.namingWords) { return false }
        return true
    }

    /// Every other mention of a name found in the document: "Abena Owusu-Ansah, 26, … Abena writes a
    /// blog", "his wife Huguette … contacted Huguette". Only words that cannot be anything else are
    /// followed — capitalised, three letters or more, not an English word, a stopword, a title, a kinship
    /// word or an eponym (unless also a first name: "Marcus") — and only where they are capitalised and
    /// not used as an eponym ("Marcus Gunn pupil").
    static func otherMentions(of matches: [Match], kind: String, in document: ScanDocument) -> [Match] {
        guard !matches.isEmpty else { return [] }
        let tokens = document.tokens
        let ofPeople = kind != "place"
        var names = FollowedWords()
        /// Given names written in full before a surname, which a message may shorten: "Brianna" → "Bri", "Lindiwe" → "Lindi".
        var givenNames: [ArraySlice<UInt8>] = []
        /// Given names that are also English words ("Ivy Pocock" … "Ivy's own statement"): followed only in the middle of a sentence.
        var wordNames = FollowedWords()
        /// Words of names found in capitals ("| Patient | WHITFIELD, MARCUS D. |"), followed where they are written as names ("Marcus is scared").
        var namesInCapitals = FollowedWords()
        /// Surnames that are also English words ("Gareth Mason", "Gordie Sweet"): followed only inside a file name or a slug,
        /// joined to its other words ("OPG_preop_mason.png"), where the word means nothing else.
        var fileNameWords = FollowedWords()
        /// Adds a word to one of the tables of words followed, once.
        func remember(_ token: Token, in table: inout FollowedWords) {
            table.remember(document.bytes[token.range], hash: token.hash)
        }
        var claimed: [Range<Int>] = []
        var index = 0
        for match in matches.sorted(by: { $0.start < $1.start }) {
            claimed.append(match.range)
            while index < tokens.count, tokens[index].end <= match.start { index += 1 }
            var position = index
            while position < tokens.count, tokens[position].start < match.end {
                let token = tokens[position]
                if kind == "name", position == index, token.end - token.start >= 5, position + 1 < tokens.count, tokens[position + 1].start < match.end,
                   document.bytes[token.range].allSatisfy(\.isASCIILetter), document.isCapitalised(token) {
                    givenNames.append(document.bytes[token.range])
                }
                // A nickname inside the name, in quotes or brackets: "Raymond \"Ray\" Holcomb", "Wiremu (Bill) Te Huia".
                let nickname = ofPeople && position > index && token.start >= 1 && token.end < match.end
                    && [UInt8(ascii: "\""), UInt8(ascii: "("), 0x9C].contains(document.bytes[token.start - 1])
                    && [UInt8(ascii: "\""), UInt8(ascii: ")"), 0xE2].contains(document.bytes[token.end])
                if nickname, document.isCapitalised(token), !token.isNumber, Lexicon.englishWords.contains(token, in: document),
                   isFollowable(token, in: document, givenName: true, englishAllowed: true) {
                    remember(token, in: &wordNames)
                }
                // "Gareth Mason": a surname that is also a word, last in the name and right after a capitalised given name.
                if ofPeople, position > index, token.end >= match.end || position + 1 >= tokens.count || tokens[position + 1].start >= match.end,
                   // (On one written line: Markdown runs "Helen Marchbank⏎Head of Patient Experience" on.)
                   tokens[position - 1].end + 1 == token.start, document.source.utf8[tokens[position - 1].end] == UInt8(ascii: " "),
                   document.isCapitalised(tokens[position - 1]), !document.isAllCaps(tokens[position - 1]),
                   !token.isNumber, document.isCapitalised(token), !document.isAllCaps(token),
                   Lexicon.englishWords.contains(token, in: document), isFollowable(token, in: document, givenName: false, englishAllowed: true) {
                    remember(token, in: &fileNameWords)
                }
                // (A relative's name found by kinship, "his wife Iris", or a name someone was given, "chose the name Grace", is a name on its own.)
                if ofPeople, position == index,
                   (kind == "relative's name" || match.kind == "given name") && (position + 1 >= tokens.count || tokens[position + 1].start >= match.end)
                    || position + 1 < tokens.count && tokens[position + 1].start < match.end && !tokens[position + 1].isNumber && document.isCapitalised(tokens[position + 1]),
                   Lexicon.englishWords.contains(token, in: document),
                   isFollowable(token, in: document, givenName: true, englishAllowed: true) {
                    remember(token, in: &wordNames)
                }
                position += 1
                // A word that is also an eponym ("Marcus Gunn") is a given name when a surname follows it here: "Marcus Armstrong",
                // or a surname that is an eponym too but not used as one: "Re: Harvey Winter, PHN …" (not "a Marcus Gunn pupil").
                let givenName = position < tokens.count && tokens[position].start < match.end && !tokens[position].isNumber
                    && document.isCapitalised(tokens[position])
                    && (!Lexicon.eponyms.contains(tokens[position], in: document) || ofPeople && !isEponymUse(tokens, at: position, in: document))
                // "dustin in for intake": a given name found in lowercase is followed in lowercase too.
                if ofPeople, isLowercaseGivenName(token, in: document) {
                    remember(token, in: &names)
                    continue
                }
                // "Re: DELACROIX, Summer —": a surname in capitals, then the given name, followed as "Delacroix" and, in the middle of a
                // sentence, "Summer" ("Hi all, Summer is now JCV positive").
                let surnameFirst = ofPeople && position - 1 == index + 1 && tokens[index].end + 2 == token.start && document.has(", ", at: tokens[index].end)
                    && document.isAllCaps(tokens[index]) && document.isCapitalised(token) && !document.isAllCaps(token)
                if surnameFirst, !token.isNumber, isFollowable(token, in: document, givenName: true, englishAllowed: true) {
                    if Lexicon.englishWords.contains(token, in: document) { remember(token, in: &wordNames) } else { remember(token, in: &names) }
                    continue
                }
                // (A name in capitals: "SURNAME, GIVEN", or words the name lexicons know — not a form's title in capitals; "SURNAME, Given"
                // too.)
                if ofPeople, document.isAllCaps(token), token.end - token.start >= 3, token.zone == .text, !token.isNumber,
                   document.bytes[match.range].allSatisfy({ !$0.isLower })
                    || position - 1 == index && document.has(", ", at: token.end) && position < tokens.count && tokens[position].start == token.end + 2
                        && document.isCapitalised(tokens[position]) && !document.isAllCaps(tokens[position]),
                   document.bytes[match.range].contains(UInt8(ascii: ",")) || Lexicon.firstNames.contains(token, in: document) || Lexicon.surnames.contains(token, in: document),
                   isFollowableInCapitals(token, in: document, givenName: givenName) {
                    remember(token, in: &namesInCapitals)
                    continue
                }
                guard isFollowable(token, in: document, givenName: givenName) else { continue }
                remember(token, in: &names)
            }
        }
        var found: [Match] = []
        // "Baby Ezekiel (“Zeke”)", "Jasmine ('Jazz')", "Aoife Mac Giolla Phádraig — \"Fee\" to everyone": a nickname in
        // quotes (and brackets) right after a name.
        for match in matches where match.end + 4 < document.bytes.count {
            guard let separator = [" (", " — ", " – ", ", "].first(where: { document.hasPrefix($0, at: match.end) }) else { continue }
            let bracketed = separator == " ("
            var start = match.end + separator.utf8.count
            let opened = start
            for quote in bracketed ? ["\"", "'", "“", "‘"] : ["\"", "“"] where document.hasPrefix(quote, at: start) { start += quote.utf8.count; break }
            // Or, in brackets without quotes, a short form of one of the name's words: "Mereana Te Rangi-Walker (Mere)", "Skylar (Sky)".
            var shortForm = false
            if bracketed, start == opened, let candidate = document.token(startingAt: start), !candidate.isNumber, document.isCapitalised(candidate),
               !document.isAllCaps(candidate), document.hasPrefix(")", at: candidate.end), candidate.end - candidate.start >= 2 {
                let short = document.bytes[candidate.range].map(\.lowercased)
                shortForm = document.bytes[match.range].split(whereSeparator: { !$0.isLetterLike }).contains { word in
                    word.count > short.count && word.map(\.lowercased).starts(with: short)
                }
            }
            guard start > opened || shortForm, let nickname = document.token(startingAt: start), !nickname.isNumber, document.isCapitalised(nickname),
                  (bracketed ? ["\")", "')", "”)", "’)", "\" ", "” "] : ["\"", "”"]).contains(where: { document.hasPrefix($0, at: nickname.end) })
                    || shortForm else { continue }
            found.append(Match(nickname.range, kind))
            claimed.append(nickname.range)
            // (A two-letter nickname too: "Morag Tulloch (\"Mo\" to everyone) … Mo was clear".)
            if isFollowable(nickname, in: document, givenName: true, englishAllowed: true)
                || nickname.end - nickname.start == 2 && isNameWord(nickname, in: document) && !nickname.isIn(.patientWords) {
                remember(nickname, in: &names)
            }
        }
        claimed.sort { $0.lowerBound < $1.lowerBound }
        guard !names.isEmpty || !wordNames.isEmpty || !namesInCapitals.isEmpty || !fileNameWords.isEmpty else { return found }
        var next = 0
        for (position, token) in tokens.enumerated() where !token.isNumber && token.zone == .text {
            let word = document.bytes[token.range]
            var known = names[token.hash].map { $0.contains(where: { $0.elementsEqual(word) }) } ?? false
            // "Re: Poppy HARLAND-JUKES": a name found before, in capitals.
            if !known, word.count >= 3, document.isAllCaps(token), let candidates = names[token.hash],
               candidates.contains(where: { $0.map(\.lowercased).elementsEqual(word.lazy.map(\.lowercased)) }) {
                known = true
            }
            if !known, document.isCapitalised(token), !document.isAllCaps(token), let candidates = namesInCapitals[token.hash],
               candidates.contains(where: { $0.map(\.lowercased).elementsEqual(word.lazy.map(\.lowercased)) }) {
                known = true
            }
            // "pedigree-mcilwraith-family.png" after "Alasdair McIlwraith", "hollybank_fall.png" after "Hollybank House":
            // a name in a file name or a slug, in lowercase (a slug's words are one token, joined by hyphens).
            if !known, document.bytes[token.start].isLower {
                var partStart = token.start
                for index in token.start...token.end where index == token.end || document.bytes[index] == UInt8(ascii: "-") {
                    defer { partStart = index + 1 }
                    let part = document.bytes[partStart..<index]
                    // Joined to other words of a file name or a slug, or a whole word before a full stop ("hollybank.png").
                    let joined = !(partStart == token.start && index == token.end)
                        || token.start >= 1 && Self.isSlugJoin(document.bytes[token.start - 1], orSlash: true)
                        || token.end < document.bytes.count && Self.isSlugJoin(document.bytes[token.end], orSlash: false)
                    let beforeFullStop = token.end < document.bytes.count && document.bytes[token.end] == UInt8(ascii: ".")
                    guard part.count >= 3, joined || beforeFullStop else { continue }
                    // ("poppy-cxr-ap.png" after "Poppy Harland": a given name that is also a word, only joined — "physical abuse." ends a sentence.)
                    let hash = part.count == token.end - token.start ? token.hash : WordList.hash(part)
                    func holds(_ table: FollowedWords) -> Bool { table[hash]?.contains(where: { $0.map(\.lowercased).elementsEqual(part) }) ?? false }
                    guard holds(names) || joined && (holds(wordNames) || isInFileName(token, in: document) && holds(fileNameWords)) else { continue }
                    found.append(Match(partStart..<index, kind))
                }
            }
            // "Ivy's own statement": a given name that is also a word, capitalised in the middle of a sentence.
            // (At the start of a sentence only when a person's verb or a possessive follows: "Ivy told the nurse",
            // "Ivy was discharged", "Poppy's half-sibling".)
            // "Dustin Lavallee … dustin asked for reminders": a name found before, written in lowercase in a terse note.
            if !known, ofPeople, document.bytes[token.start].isLower, let candidates = names[token.hash],
               candidates.contains(where: { $0.map(\.lowercased).elementsEqual(word) }), isLowercaseGivenName(token, in: document, knownName: true) {
                known = true
            }
            if !known, let candidates = wordNames[token.hash], candidates.contains(where: { $0.elementsEqual(word) }) {
                let nextToken = position + 1 < tokens.count ? tokens[position + 1] : nil
                let possessive = nextToken.map { $0.start <= token.end + 3 && document.lowercased($0.range) == "s" && !document.bytes[token.end].isSpace } ?? false
                    // "Ivy, at 93, had been …": a comma right after it.
                    || token.end < document.bytes.count && document.bytes[token.end] == UInt8(ascii: ",")
                // "Re: Poppy HARLAND-JUKES": the surname found with it, in capitals.
                let surnameFollows = nextToken.map { next in document.isAllCaps(next) && next.start == token.end + 1
                    && (names[next.hash]?.contains { $0.map(\.lowercased).elementsEqual(document.bytes[next.range].lazy.map(\.lowercased)) } ?? false) } ?? false
                // A verb in the past ("Summer reported", "Faith agreed") or an adverb before one ("Summer later said").
                let pastVerb = nextToken.map { next in next.start == token.end + 1 && isPastTense(next, in: document) } ?? false
                if !document.startsSentence(token) || possessive || surnameFollows || pastVerb
                    || nextToken.map({ isPersonVerb($0, in: document) }) ?? false,
                   position == 0 || !document.isCapitalised(tokens[position - 1]) || tokens[position - 1].isNumber || document.startsSentence(token)
                    // "After Princess's illness": a stopword that starts the sentence; "Hi Summer,": a greeting.
                    || document.startsSentence(tokens[position - 1]) && tokens[position - 1].isIn(.stopwords)
                    || Self.greetings.contains(tokens[position - 1], in: document),
                   surnameFollows || nextToken.map({ !document.isCapitalised($0) || $0.start > token.end + 1 }) ?? true {
                    known = true
                }
            }
            // "Thank you Bri": the start of a given name found in full, as a word of its own that is nothing else.
            let shortened = !known && !givenNames.isEmpty && word.count >= 3 && document.isCapitalised(token)
                && givenNames.contains { $0.count >= word.count + 2 && $0.starts(with: word) }
                && isFollowable(token, in: document, givenName: false) && !Lexicon.eponyms.contains(token, in: document)
                && !token.isIn(.placePrefixes)
                && (token.end >= document.bytes.count || document.bytes[token.end] != UInt8(ascii: ".") && !document.bytes[token.end].isDigit)
            // An eponym's noun that is also a verb, right after a name that is no eponym, is what the person does:
            // "have Leonie point the phone", "ask Bronwyn to sign" (but "Whitmore disease" stays an eponym).
            guard known || shortened else { continue }
            // "Mr Jordan Pike … She flew to Jordan": a country that is a given name too, after a word of travel or place, is the country.
            // (Only after words that take no person: "came to Georgia" and "visited Jordan" may be visits to a person.)
            if token.isIn(.countries), position >= 2, ["to", "in", "from", "of"].contains(document.lowercased(tokens[position - 1].range)),
               ["flew", "travelled", "traveled", "moved", "born", "lived", "living", "holiday", "holidays", "trip", "emigrated", "refugee", "refugees",
                "camp", "embassy", "north", "south", "east", "west"].contains(document.lowercased(tokens[position - 2].range)) { continue }
            let eponymUse = isEponymUse(tokens, at: position, in: document)
                && (Lexicon.eponyms.contains(token, in: document) || position + 1 >= tokens.count || !Self.nounsThatAreVerbs.contains(tokens[position + 1], in: document))
            guard !eponymUse else { continue }
            while next < claimed.count, claimed[next].upperBound <= token.start { next += 1 }
            if next < claimed.count, claimed[next].lowerBound < token.end { continue }
            found.append(Match(token.range, kind))
        }
        return found
    }

    /// Words followed through a document (`otherMentions`), by their hash (`Token.hash`), with a filter of 1,024 bits in front
    /// of the table: nearly every token of a document is no word followed, and the filter says so without probing the table.
    struct FollowedWords {
        private var table: [UInt64: [ArraySlice<UInt8>]] = [:]
        private var filter = [UInt64](repeating: 0, count: 16)

        var isEmpty: Bool { table.isEmpty }

        /// The words with this hash, or nil.
        subscript(hash: UInt64) -> [ArraySlice<UInt8>]? {
            filter[Int(truncatingIfNeeded: hash >> 6) & 15] & (1 << (hash & 63)) == 0 ? nil : table[hash]
        }

        /// Adds a word (as written), once.
        mutating func remember(_ word: ArraySlice<UInt8>, hash: UInt64) {
            if table[hash]?.contains(where: { $0.elementsEqual(word) }) ?? false { return }
            table[hash, default: []].append(word)
            filter[Int(truncatingIfNeeded: hash >> 6) & 15] |= 1 << (hash & 63)
        }
    }

    /// Whether a word says what a person did or is: "said", "agreed", "was", "later" (`InitialsRule.personVerbs`, `verbsAfterAName`).
    static func isPersonVerb(_ token: Token, in document: ScanDocument) -> Bool {
        token.isIn(.personVerbs) || verbsAfterAName.contains(token, in: document)
    }

    /// A verb in the past in lowercase, five letters or more: "reported", "phoned".
    static func isPastTense(_ token: Token, in document: ScanDocument) -> Bool {
        // (The ending first, two bytes in place: this is asked of the word after nearly every lowercase word.)
        let bytes = document.bytes
        return token.end - token.start >= 5 && bytes[token.end - 1] == UInt8(ascii: "d") && bytes[token.end - 2] == UInt8(ascii: "e")
            && bytes[token.range].allSatisfy(\.isLower)
    }

    /// Words after a given name at the start of a sentence that make it a person: "Ivy was discharged", "Summer later said".
    static let verbsAfterAName = WordList(vocabulary: .verbsAfterAName, ["was", "is", "had", "has", "went", "came", "lived", "later", "also", "then", "never", "still", "now",
                                            // Past tenses without "-ed" and verbs in the present: "Ivy told the nurse", "Summer reset her password",
                                            // "Pat keeps getting the flu".
                                            "told", "said", "took", "gave", "felt", "kept", "left", "made", "met", "paid", "ran", "saw", "sat", "sent",
                                            "spent", "stood", "thought", "wrote", "brought", "bought", "found", "knew", "began", "became", "reset", "drove",
                                            "keeps", "says", "wants", "lives", "works", "does", "gets", "goes", "feels", "needs", "likes", "thinks", "tells",
                                            "asks", "asked", "will", "would", "can", "could", "didn't", "doesn't", "wasn't", "isn't"])
    /// Greetings before a name: "Hi Summer,".
    static let greetings: WordList = ["hi", "hello", "hey", "dear", "thanks", "morning", "evening"]
    /// Eponym nouns that are also verbs: after a name they may say what the person does ("have Leonie point the phone").
    static let nounsThatAreVerbs: WordList = ["point", "sign", "test", "score", "line"]

    /// Whether a token is part of an image's file name: the letters, digits, hyphens and underscores from it run on to a full stop and
    /// an image's extension ("OPG_preop_mason.png"; not "a stone-mason.").
    static func isInFileName(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        var end = token.end
        while end < bytes.count, bytes[end].isAlphanumeric || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_") { end += 1 }
        return document.imageExtensionStarts(at: end)
    }

    /// "-" or "_" (or "/" before a word): what joins the words of a slug or a file name.
    @inline(__always) private static func isSlugJoin(_ byte: UInt8, orSlash: Bool) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || orSlash && byte == UInt8(ascii: "/")
    }

    /// A word in lowercase that can only be a given name: in the first-name lexicon (or, for a name found before,
    /// any word) and not an English word, an eponym, a place, an abbreviation, a title or a stopword ("dustin", "krista").
    static func isLowercaseGivenName(_ token: Token, in document: ScanDocument, knownName: Bool = false) -> Bool {
        // (The small lists first, in one test of the token's bits: they turn away the commonest words, "the", "with", "patient";
        // then the name lexicon, which turns away nearly every other lowercase word in one probe.)
        !token.isNumber && token.end - token.start >= 3 && token.zone == .text && mayBeLowercaseGivenName(token)
            && (knownName || Lexicon.firstNames.contains(token, in: document)) && !Lexicon.englishWords.contains(token, in: document)
            // ("F508del", "c.1521_1523del": a word joined to a number or an underscore.)
            && (token.start == 0 || !document.bytes[token.start - 1].isAlphanumeric && document.bytes[token.start - 1] != UInt8(ascii: "_"))
            && document.bytes[token.range].allSatisfy(\.isLower)
            && !Lexicon.eponyms.contains(token, in: document)
            && !notLowercaseNames.contains(token, in: document)
    }

    /// Whether a word is in none of the lists whose words are never a given name in lowercase (`notGivenNameBits`): the first,
    /// cheapest test of `isLowercaseGivenName`, which a pass may ask before it reads the word's context.
    @inline(__always) static func mayBeLowercaseGivenName(_ token: Token) -> Bool {
        token.vocabulary & notGivenNameBits == 0
    }

    /// The lists whose words are never a given name in lowercase: countries, abbreviations, stopwords, titles, kinship and patient
    /// words, weekdays and months.
    private static var notGivenNameBits: UInt64 {
        Vocabulary.countries.bit | Vocabulary.abbreviations.bit | Vocabulary.stopwords.bit | Vocabulary.titles.bit | Vocabulary.kinship.bit
            | Vocabulary.patientWords.bit | Vocabulary.weekdays.bit | Vocabulary.monthWords.bit
    }

    /// Lowercase words of clinical and everyday text that the name lexicons also hold: "epoetin alfa", "aloe vera", "the ute",
    /// "vena cava", "nasal concha", "vice versa", "reg" (a registrar), "anca" (ANCA).
    static let notLowercaseNames: WordList = ["alfa", "ute", "utes", "reg", "vera", "villi", "ora", "vena", "venae", "concha", "campo", "versa",
                                              "heli", "anca", "novo", "dia", "naja", "sana", "mato", "carina", "telly", "hui", "agus", "tisa",
                                              "ela", "anni", "garri", "levar", "bene", "tinea", "ileus", "situs", "vitae", "amba"]

    /// A word that can be part of a person's name: capitalised, not all capitals, at least `minimumLength`
    /// bytes, and not a stopword, a title, a country or a word of place and facility names.
    /// (`givenCountries`: a country that is a given name too, `countryGivenNames`, is a name word; for a word of a name found.)
    static func isNameWord(_ token: Token, in document: ScanDocument, minimumLength: Int = 2, givenCountries: Bool = false) -> Bool {
        !token.isNumber && token.end - token.start >= minimumLength && document.isCapitalised(token) && !document.isAllCaps(token)
            && !isRegistrarAbbreviation(token, in: document)
            && (!token.isIn(.stopwords) && !token.isIn(.countries) || givenCountries && countryGivenNames.contains(token, in: document))
            && !token.isIn(.titles) && !token.isIn(.genericWords)
            && !token.isIn(.facilityWords)
            && !(token.shape.contains(.joined) && startsWithWordPrefix(token, in: document))
    }

    /// Prefixes that make a word of another before a hyphen: "Ex-smoker", "Non-smoker", "Post-op", "Self-harm" — no name's first part.
    static let wordPrefixes: Set<String> = ["ex", "non", "pre", "post", "anti", "self", "semi", "pseudo", "sub", "mid", "multi", "over", "under",
                                            "inter", "intra", "extra", "hyper", "hypo", "peri", "trans", "ultra", "co", "re", "un", "well", "ill"]

    /// Whether a word joined by a hyphen starts with one of `wordPrefixes`.
    static func startsWithWordPrefix(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes[token.range]
        guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")), hyphen - token.start <= 6 else { return false }
        return wordPrefixes.contains(String(decoding: bytes[token.start..<hyphen].map(\.lowercased), as: UTF8.self))
    }

    /// "Reg" for the registrar or a register, not Reginald: before a full stop, a bracket, "#", "/" or ":" ("Reg (D.W.)", "Reg. no.",
    /// "Band/Reg #", "**11/06 — Reg.**"), or before "no" ("| Reg no. |").
    static func isRegistrarAbbreviation(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard token.end - token.start == 3, bytes[token.range].elementsEqual("Reg".utf8), token.end < bytes.count else { return false }
        let next = bytes[token.end]
        return next == UInt8(ascii: ".") || next == UInt8(ascii: "#") || next == UInt8(ascii: "/") || next == UInt8(ascii: ":") || next == UInt8(ascii: ")")
            || document.hasPrefix(" (", at: token.end) || document.hasPrefix(" #", at: token.end)
            || document.hasPrefix(" no", at: token.end) && (token.end + 3 == bytes.count || !bytes[token.end + 3].isLetterLike)
            || token.start >= 1 && bytes[token.start - 1] == UInt8(ascii: "/")
    }

    /// A name word whose later mentions are followed: three bytes or more, in the text zone, not a word for the
    /// patient or a relative, not an eponym unless it is a given name, and not an English word unless allowed.
    /// Countries that are given names too: "Jordan Pickles", "Chad Whitford", "Georgia Mensah" — a name before a surname, and then
    /// on its own in the same case ("Jordan said …"); alone elsewhere a country ("she flew to Jordan").
    static let countryGivenNames: WordList = ["jordan", "chad", "georgia", "kenya"]

    private static func isFollowable(_ token: Token, in document: ScanDocument, givenName: Bool, englishAllowed: Bool = false) -> Bool {
        token.zone == .text && isNameWord(token, in: document, minimumLength: 3, givenCountries: givenName)
            && !token.isIn(.patientWords) && !token.isIn(.kinship)
            && (!Lexicon.eponyms.contains(token, in: document) || givenName || Lexicon.firstNames.contains(token, in: document))
            && (englishAllowed || !Lexicon.englishWords.contains(token, in: document))
    }

    /// `isFollowable` for a word of a name written in capitals ("WHITFIELD, MARCUS D."): not a word, an abbreviation, a title, a place
    /// word or a word for the patient or a relative, and not an eponym unless it is a given name.
    private static func isFollowableInCapitals(_ token: Token, in document: ScanDocument, givenName: Bool) -> Bool {
        !token.isIn(.stopwords) && !token.isIn(.titles) && !token.isIn(.patientWords)
            && !token.isIn(.kinship) && !token.isIn(.countries)
            && !token.isIn(.genericWords) && !token.isIn(.facilityWords)
            && !Lexicon.englishWords.contains(token, in: document) && !Lexicon.abbreviations.contains(token, in: document)
            && (!Lexicon.eponyms.contains(token, in: document) || givenName)
    }

    /// Eponyms that start with a title or a kinship word, which the eponym list (word by word) cannot keep from the name and
    /// relative rules: "Sister Mary Joseph nodule", also written "sister-mary-joseph" in tags.
    static let titledEponyms: [[UInt8]] = ["sister mary joseph"].map { Array($0.utf8) }

    /// Whether a range lies within one of the `titledEponyms`, its words joined by spaces or hyphens, in any case.
    static func isInTitledEponym(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        return titledEponyms.contains { phrase in
            (max(0, range.lowerBound - phrase.count)...range.lowerBound).contains { start in
                start + phrase.count >= range.upperBound && start + phrase.count <= bytes.count
                    && zip(bytes[start..<(start + phrase.count)], phrase).allSatisfy { $0.lowercased == $1 || $1 == UInt8(ascii: " ") && $0 == UInt8(ascii: "-") }
            }
        }
    }

    /// Honorifics and roles written before a name.
    static let titleList: [String] = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sister", "nurse", "sr", "master", "madam", "sir", "dame",
        "rev", "reverend", "captain", "officer", "constable", "judge", "mme", "mlle", "herr", "herrn", "hofrat", "frau", "señor", "senor", "sra",
        "shri", "smt", "chief", "pastor", "imam", "rabbi", "father", "mother", "brother", "councillor", "sergeant", "sgt", "mzee",
        // Czech and Slovak doctors' degrees written as titles: "MUDr. Havel", "MUDr. Jana Nováková".
        "mudr", "mvdr", "mddr",
        // A licentiate nurse in Latin America: "Lic. Enf. Marisol Vázquez Ortega".
        "lic", "licda", "licdo", "enf",
        "det", "detective", "midwife", "paramedic", "physiotherapist", "coach", "teacher", "skipper", "coxswain", "foreman", "pc", "dc", "ds",
        "dott", "dona", "doña", "don", "dom", "signora", "signor", "sig", "dhr", "mevr", "mevrouw", "meneer", "pani", "lek", "mgr", "const", "seu", "cst", "insp", "supt", "garda", "hon",
        // Madam in Singapore and Malaysia; a staff nurse: "Mdm Tan", "SN Mercy".
        "mdm", "sn", "matron",
        // Honorifics of West Africa, the Gulf and Malaysia: "Alhaji Musa", "Hajiya Rabi", "Encik Rahmat", "Puan Siti", "Datuk Lim".
        "alhaji", "alhaja", "hajiya", "hajia", "haji", "hajjah", "encik", "puan", "cik", "datuk", "dato", "datin",
        // A woman doctor in Spanish, Portuguese and French: "Dra. Lagos", "Dre Côté"; "Srta.".
        "dra", "dre", "srta",
        // Military ranks: "Cpl Tane", "Lt Okafor".
        "pfc", "cpl", "lcpl", "pte", "lt", "capt", "maj",
        // US Army and Navy ranks: "SPC Reyes-Kalani", "PVT Dorsey", "SSG Ortiz"; a Czech docent: "doc. Havlíček".
        "pvt", "pv2", "spc", "ssg", "sfc", "cpt", "ltc", "cdr", "lcdr", "doc",
        // A nurse in Portuguese and Spanish: "Enf. Tatiane"; an engineer in Czech, Slovak and Austrian usage: "Ing. Lenka Horáková".
        "enf", "ing",
        // Doctors, nurses and forms of address in Ukrainian and Russian: "Лікар: Мельник О. П.".
    ] + CyrillicNames.titleWords
    static let titles = WordList(titleList, vocabulary: .titles)
    /// "her", "his", "their": whose a record, an age or a relative is.
    static let possessives = WordList(vocabulary: .possessives, ["her", "his", "their"])
    /// Words that introduce the patient by name: "patient Lucy", "known as Ted", "named Amira".
    static let patientWordList: [String] = [
        "patient", "pt", "client", "resident", "named", "called", "surnamed", "nicknamed", "nurse", "midwife", "paramedic",
        "physiotherapist", "teacher", "coach",
        // Staff and others whose names often follow their role: "anaesthetist Hope Adebayo", "supervisor, Graham Baker".
        "anaesthetist", "anesthetist", "registrar", "consultant", "surgeon", "physician", "intern", "houseman", "sho", "fy1", "fy2",
        "pharmacist", "audiologist", "radiographer", "sonographer", "physio", "dietitian", "dietician", "psychologist",
        "psychiatrist", "supervisor", "manager", "employer", "colleague", "coworker", "co-worker", "interpreter", "chaplain",
        "attending", "fellow", "clerk", "receptionist", "porter", "carer", "caregiver", "keyworker", "advocate", "officer",
        "optometrist", "dentist", "podiatrist", "technician", "technologist", "scientist", "neurologist", "cardiologist",
        "oncologist", "paediatrician", "pediatrician", "gastroenterologist", "nephrologist", "dermatologist", "radiologist",
        "pathologist", "haematologist", "hematologist", "obstetrician", "gynaecologist", "urologist", "endocrinologist",
        // Community health workers of South Asia and East Africa: "ASHA Poonam", "CHV Akinyi", "VHT member Okello".
        "asha", "anm", "chw", "chv", "vht",
        // Radiotherapy's staff: "the physicist ŁW", "dosimetrist Ana Lima", "RTTs: SOC / MD".
        "physicist", "dosimetrist", "radiotherapist", "rtt", "rtts",
        // "the neighbour, Hank Brown,", "a second aide, Harvey Nick,"; "Caller Bron (station manager)" in a radio log.
        "neighbour", "neighbor", "aide", "caller",
        "physiologist", "worker", "first-aider", "educator", "therapist", "counsellor", "counselor", "coordinator", "co-ordinator",
        "navigator", "secretary", "solicitor", "lawyer", "landlord", "landlady", "warden", "doula", "hygienist", "orthoptist",
        "officers", "nurses", "paramedics", "midwives", "guards", "colleagues", "doctors", "registrars", "consultants",
        // "a healthcare assistant (JW)", "the Designated Aviation Medical Examiner (AS)".
        "assistant", "examiner", "scribe", "phlebotomist", "pilot", "attendant", "adviser", "advisor", "medic",
        // "nurse specialist Grace Tuhiwai", "tech Viliami Tonga", "bystander Earl Washington", "staff member Frank Mwale".
        "specialist", "tech", "bystander", "facilitator", "member", "witness",
    ]
    static let patientWords = WordList(patientWordList, vocabulary: .patientWords)
    static let patientPhrases = ["known as", "name is", "name was", "goes by", "name:", "patient name", "signed", "regards", "from:", "to:", "cc:", "per"]
    /// Titles, role words and "initials" together: one probe per token decides whether to look closer.
    static let introducers = WordList(titleList + patientWordList + ["initials"], vocabulary: .introducers)

    /// Makes of car and other brands that stand before a model name: "Toyota Corolla", "Subaru Outback".
    static let brands = WordList(vocabulary: .brands, ["philhealth", "carelink", "danis", "masimo", "creon", "keeler", "toyota", "honda", "ford", "chevrolet", "chevy", "subaru", "nissan", "hyundai", "kia", "mazda", "volkswagen",
                                   "vw", "bmw", "mercedes", "audi", "volvo", "tesla", "jeep", "dodge", "chrysler", "renault", "peugeot", "citroën",
                                   "citroen", "fiat", "skoda", "škoda", "suzuki", "mitsubishi", "lexus", "isuzu", "holden", "mahindra", "tata", "opel",
                                   "vauxhall", "seat", "dacia", "lada", "proton", "perodua", "yamaha", "kawasaki", "harley-davidson", "phonak", "oticon", "medtronic", "abbott", "vercise",
                                   "buick", "cadillac", "gmc", "pontiac", "acura", "infiniti", "porsche", "xpert", "genexpert", "roche",
                                   "siemens", "beckman", "sysmex", "biomérieux", "philips", "dexcom", "omnipod", "biotronik", "zoll", "stryker",
                                   // Imaging systems' product lines, before a model's name: "MAGNETOM Vida", "Ingenia Elition", "SIGNA Premier".
                                   "magnetom", "somatom", "signa", "ingenia", "achieva", "aquilion", "biograph", "lightspeed", "iqon", "artis",
                                   "azurion", "allura", "senographe", "mammomat", "selenia", "acuson", "logiq", "voluson", "vereos"])

    /// Words right after a name that make the name an eponym even after a title or a kinship word: "Sister Mary Joseph
    /// nodule", "high-risk children (Kobayashi score)". Fewer than `eponymNouns`, which hold "cell" and "line" ("Mom Rania Haddad cell 613-…").
    static let eponymNounsAfterName: WordList = ["score", "scores", "scale", "criteria", "classification", "sign", "syndrome", "disease", "test", "rule", "rules",
                                                 "index", "node", "nodule", "reflex", "incision", "manoeuvre", "maneuver", "procedure", "operation", "phenomenon", "triad"]
    /// Cities that are also surnames: on their own they are places ("a Brisbane suburb"), after a given name a person.
    static let placeSurnames: WordList = ["brisbane", "trinidad", "tobago", "darwin", "perth", "hobart", "canberra", "auckland", "wellington", "kingston",
                                          "boston", "houston", "dallas", "denver", "phoenix", "austin", "lincoln", "chester", "york", "lancaster", "bristol",
                                          "derby", "preston", "halifax", "winnipeg", "calgary", "orleans", "cambridge", "oxford", "jamaica", "lagos", "nairobi",
                                          "london", "dublin", "paris", "berlin", "bern", "stockholm", "geneva", "basel", "munich", "hamburg", "milan", "verona", "madrid", "vienna", "florence", "durban", "pretoria", "toronto", "vancouver",
                                          "ottawa", "montreal", "quebec", "adelaide", "melbourne", "sydney", "christchurch", "dunedin", "hamilton", "belfast",
                                          "glasgow", "edinburgh", "cardiff", "leeds", "manchester", "liverpool", "sheffield", "birmingham", "nottingham", "leicester",
                                          // Cities known for a disaster: "after Chernobyl (1986) and Fukushima (2011)".
                                          "fukushima", "hiroshima", "nagasaki", "chernobyl", "bhopal"]

    /// Family and household members: "her son Michael", "his wife, Anne Byrne".
    static let kinship = WordList(vocabulary: .kinship, [
        "son", "daughter", "wife", "husband", "partner", "mother", "father", "mum", "mom", "dad", "brother", "sister", "aunt",
        "uncle", "niece", "nephew", "cousin", "grandmother", "grandfather", "grandson", "granddaughter", "grandma", "grandpa",
        "grandchild", "stepfather", "stepmother", "stepson", "stepdaughter", "fiancé", "fiancée", "fiance", "fiancee", "spouse",
        "guardian", "boyfriend", "girlfriend", "twin", "sibling", "child", "children", "baby", "mother-in-law", "father-in-law",
        "son-in-law", "daughter-in-law", "sister-in-law", "brother-in-law", "widow", "widower", "carer", "caregiver", "flatmate",
        "housemate", "neighbour", "neighbor", "friend", "godmother", "godfather", "parents", "parent", "sons", "daughters",
        "brothers", "sisters", "kids", "girl", "boy",
        // Dutch, German, Scandinavian, French, Spanish, Portuguese and Italian: in quoted letters and forms.
        "dochter", "zoon", "echtgenote", "echtgenoot", "moeder", "vader", "zus", "broer", "tochter", "sohn", "ehefrau", "ehemann",
        "dotter", "syster", "bror", "fille", "fils", "épouse", "mari", "hija", "hijo", "esposa", "esposo", "madre", "padre",
        "filha", "filho", "figlia", "figlio", "moglie", "marito", "mãe", "pai", "tio", "tia", "avô", "avó", "oma", "opa",
        "mama", "papa", "baba", "bibi", "amma", "appa", "ammi", "abba", "bro", "sis",
        // Grandparents in Zulu and Xhosa, Afrikaans, Tagalog and Hindi: "gogo, 93", "her Lolo".
        "gogo", "ouma", "oupa", "lola", "lolo", "nani", "dadi", "dada", "tupuna", "great-aunt", "great-uncle", "great-grandmother",
        "great-grandfather", "great-grandson", "great-granddaughter", "grandniece", "grandnephew", "half-brother", "half-sister",
        "half-brothers", "half-sisters", "stepbrother", "stepsister", "stepbrothers", "stepsisters", "stepdad", "stepmum", "stepmom",
        "step-father", "step-mother", "step-brother", "step-sister", "stepchildren", "grandchildren", "grandsons", "granddaughters", "grandad",
        "granddad", "nana", "nan", "nanna", "gran", "granny", "koro", "kuia", "mamie", "papi", "mémé", "pépé", "enfants", "enfant", "filhos", "hijos", "kinder", "kinderen", "figli",
        // Grandparents in French, Spanish, Yiddish, Italian, Polish, Greek and Welsh: "her Mémère", "Abuela Chayo".
        "mémère", "pépère", "memere", "pepere", "kui", "abuela", "abuelo", "abuelita", "abuelito", "bubbe", "zayde", "nonna", "nonno",
        "babcia", "dziadek", "yiayia", "nain", "taid",
        // Mother, father, wife, husband and daughter in Danish, Norwegian, Swedish, Czech, Polish, Finnish and Lithuanian forms:
        // "Pårørende: mor, Lene Thomsen", "Kontaktní osoba: matka Jana Veselá".
        // (Not "ema", "anya" or "kone": Ema and Anya are given names, Kone a surname.)
        "mor", "matka", "otec", "manželka", "manžel", "dcera", "żona", "mąż", "córka", "äiti", "isä", "motina", "tėvas",
        "hustru", "søn", "datter",
        // French, Malay, Vietnamese and Tagalog, in forms' brackets: "(père)", "(oncle Abdelilah)", "(isteri)", "(mẹ)".
        "père", "mère", "oncle", "tante", "frère", "sœur", "soeur", "grand-mère", "grand-père", "isteri", "suami", "mẹ", "bố", "vợ", "chồng",
        // In Greek, Ukrainian and Russian, and Hebrew, as records write them in lowercase: "κόρη Κατερίνα Τσολάκη", "дружина Людмила", "אשתו יעל".
        "κόρη", "γιος", "σύζυγος", "αδελφός", "αδελφή", "μητέρα", "πατέρας", "εγγονή", "εγγονός", "дружина", "чоловік", "син", "донька", "дочка",
        "мати", "батько", "сестра", "брат", "жена", "муж", "сын", "дочь", "אשתו", "בעלה", "בנו", "בתו", "אמו", "אביו",
    ])
    /// Words after a name that make it an eponym: "Bell's palsy", "Wilson disease", "Parkinson disease".
    static let eponymNouns = WordList(vocabulary: .eponymNouns, [
        // "LVEF 28% by Simpson's biplane method"; "an Ishikawa diagram" (not "chart": "the Thursday Island Hospital chart").
        "biplane", "diagram", "diagrams",
        // "Rundle's curve", "the Frank-Starling curve"; "corkscrew (Martorell) collaterals".
        "curve", "collaterals",
        "sign", "signs", "hypothesis", "card", "principles", "principle", "ruling", "judgment", "judgement", "disease", "diseases", "syndrome", "syndromes", "test", "score", "scale", "triad", "criteria", "classification", "fracture",
        "granulomatosis", "flap", "valve", "fingers", "analyser", "analyzer", "perimetry", "manoeuvres", "maneuvers", "viruses",
        "regimen", "regime", "nomogram", "classifications", "scores", "scales", "fracture-dislocation", "series", "sounds",
        // "post-ictal Todd paresis", "Frenzel goggles".
        "paresis", "paralysis", "goggles",
        "palsy", "point", "law", "phenomenon", "manoeuvre", "maneuver", "reflex", "node", "nodes", "ulcer", "lymphoma", "patch",
        // "GII.4 New Orleans and Den Haag variants": strains named after places.
        "variant", "variants", "strain", "strains",
        "sarcoma", "tumour", "tumor", "procedure", "operation", "rule", "rules", "repair", "incision", "block", "line", "lines",
        "catheter", "tube", "needle", "forceps", "retractor", "splint", "position", "type", "grade", "stage", "staging",
        "classification", "equation", "formula", "index", "method", "technique", "approach", "space", "pouch", "canal", "lens", "pathway", "prize",
        "plaque", "plaques", "nerve", "nerves", "dehiscence", "defect", "dissector", "dissectors", "competence", "diagram", "area", "artery",
        "duct", "gland", "glands", "cells", "cell", "bodies", "body", "nodule", "nodules", "spots", "spot", "lines", "murmur",
        "pulse", "breathing", "respiration", "sinus", "dressing", "solution", "stain", "agar", "fever", "virus", "encephalitis",
        "coma", "ankle", "knee", "foot", "bleeding", "diverticulum", "esophagus", "oesophagus", "hernia", "cyst", "appendix",
        "angle", "ring", "membrane", "chromosome", "anomaly", "malformation", "contracture", "deformity", "neuroma", "neuralgia",
        "aneurysm", "thyroiditis", "encephalopathy", "psychosis", "chorea", "dementia", "arthritis", "cirrhosis", "esophagitis",
        "sarcoma", "score", "calculator", "algorithm", "model", "questionnaire", "inventory", "assessment", "protocol", "trial",
        "study", "guideline", "guidelines", "institute", "foundation", "society", "hospital", "clinic", "university", "college",
        "pentad", "hump", "tetrad", "quadrad", "criterion", "variant", "mutation", "leiden", "effect", "paradox", "test's",
        // "Morgan lenses", "Lichtenberg figures", "Inoue balloon".
        "lenses", "figure", "figures", "balloon",
        // "Puumala hantavirus".
        "hantavirus", "hantaviruses", "orthohantavirus",
        // "a Brugada pattern", "Wenckebach phenomenon", "Brugada cases".
        "pattern", "patterns", "cases",
        // "Kramer zone 3", "Harrington rods", "a Charleston brace", "the Maddocks questions", "the Haddon matrix", "the Hammersmith Infant
        // Neurological Examination".
        "zone", "zones", "rod", "rods", "brace", "braces", "questions", "matrix", "examination", "exam",
        // Interventional radiology's kit and physics named after people: "Bentson wire", "Compton scattering",
        // "Cooper ligaments". (Not nouns a patient's own things take after a possessive, "Sarah's peak flow", "Amina's coil", "his
        // stent", "her ADLs", "Mum's calendar": a possessive before one of these words reads as an eponym.)
        "wire", "wires", "scattering", "ligament", "ligaments",
    ])
    /// Capitalised words that start many sentences or headings and are never names on their own.
    static let stopwords = WordList(vocabulary: .stopwords, [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        // A question or a greeting after a speaker's role: "> Nurse: How long have you had the cough?", "Nurse: Did he take them?".
        // (Not "do", "how" or "campo": surnames too, "Mr Do", "Lucía Campo".)
        "does", "did", "could", "would", "should", "what", "why", "where", "who", "which", "anyone", "hello", "hola", "hey", "valor",
        // The patient and a record's words in Turkish ("Hasta: …", "Kayıt no", "Vaka Formu"); a language ("in Czech"); the Irish police.
        "hasta", "kayıt", "formu", "czech", "gardaí",
        // "Sehr geehrte Frau Kollegin": colleague in other languages.
        "kollegin", "kollege", "kollegen", "collega", "collègue", "colega", "merci", "i'm", "i've", "i'll", "i'd",
        // "Cher confrère"; ministries, diseases and form labels in Malay, Indonesian and Turkish: "Kementerian Kesihatan", "Sağlık
        // Bakanlığı", "İpek Yolu hastalığı", "Ailevi Akdeniz Ateşi", "Adı Soyadı", "Doğum Tarihi", "T.C. Kimlik No".
        "cher", "chère", "confrère", "consœur", "kementerian", "kesihatan", "kesehatan", "sağlık", "bakanlığı", "ipek", "yolu", "hastalığı",
        "ailevi", "akdeniz", "ateşi", "adı", "soyadı", "tarihi", "doğum", "başvuru", "kimlik",
        // Letters' greetings and the words for a disease or syndrome in European languages: "Estimado colega", "Szanowni Państwo",
        // "Zespół Nijmegen", "Morbus Bechterew", "Maladie de Lyme", "Malattie Infettive".
        "querido", "querida", "estimado", "estimada", "egregio", "geehrte", "geehrter", "szanowni",
        "szanowny", "szanowna", "państwo", "zespół", "choroba", "syndrom", "síndrome", "sindrome", "morbus", "maladie", "doença",
        "enfermedad", "malattia", "malattie", "ziekte", "krankheit",
        // German "your" and salutations ("Ihren Patienten", "Damen und Herren"); a department in Dutch, German and Polish ("Afdeling
        // Neurochirurgie", "Dienst Spoedgevallen", "Oddział Udarowy"); the headings of a German report ("Befund", "Beurteilung").
        "ihr", "ihre", "ihren", "ihrem", "ihrer", "damen", "herren", "afdeling", "dienst", "abteilung", "oddział", "oddziału", "poradnia",
        "poradni", "befund", "befunde", "beurteilung", "diagnosen", "anamnese", "epikrise", "procedere",
        // Departments, clinics and meetings in Polish, Czech, Hungarian, Baltic, Nordic and Turkish slides and letterheads: "Klinika Chorób
        // Wewnętrznych", "Oddział Chirurgii Urazowo-Ortopedycznej", "JIP interny", "Acil Tıp Kliniği", "Mortalite ve Morbidite Toplantısı".
        // (The kinds that end a facility's name — "klinika", "hastanesi", "merkezi" — are `LocationRule.facilityWords`, which no name
        // word is either.)
        "kliniki", "katedra", "zakład", "chorób", "wewnętrznych", "chirurgii", "ortopedii", "kardiologii", "neurologii", "pediatrii",
        "konferencja", "slajd", "oddělení", "interny", "jednotka", "osztály", "kórház", "belgyógyászati", "osakond", "haigla", "kliinik", "skyrius",
        "ligoninė", "afsnit", "sengeafsnit", "avdeling", "avdelning", "mottagning", "osasto", "klinikk", "acil", "tıp", "kliniği",
        "hastane", "bölümü", "anabilim", "dalı", "üniversitesi", "fakültesi", "toplantısı", "slayt",
        "mortalite", "morbidite", "servisi",
        // "le patient vit à 35 minutes", "el paciente vive en": lives, in French, Spanish and Portuguese.
        // (Not "mora": Mora is a surname too.)
        "vit", "vivait", "habite", "vive", "vivía",
        // Amino acids in protein variants: "p.Val50Met", "Leu", "Gly".
        "ala", "arg", "asn", "asp", "cys", "gln", "glu", "gly", "ile", "leu", "lys", "met", "phe", "ser", "thr", "trp", "tyr", "val",
        "the", "a", "an", "and", "or", "but", "if", "he", "she", "they", "his", "her", "their", "it", "its", "this", "that",
        "on", "in", "at", "of", "to", "for", "with", "was", "were", "is", "are", "had", "has", "have", "no", "not", "i", "we",
        "our", "my", "you", "your", "after", "before", "during", "while", "when", "then", "there", "here", "both", "all",
        "none", "one", "two", "three", "history", "examination", "investigations", "management", "outcome", "diagnosis",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan",
        "english", "french", "spanish", "german", "arabic", "hindi", "urdu", "mandarin", "cantonese", "polish", "portuguese",
        "african", "asian", "european", "caucasian", "hispanic", "latino", "maori", "aboriginal", "indigenous",
        "africa", "asia", "america", "americas", "europe", "oceania", "pacific", "atlantic", "mediterranean", "caribbean",
        "arctic", "antarctic", "scandinavia", "balkans", "sahara", "himalaya", "himalayas", "amazon", "torres", "strait", "islander",
        "islanders",
        // Regions that are also first names (`regionsThatAreGivenNames`, and these), and words that start table headers and headings.
        "victorian", "indian",
        "patients", "patient", "onset", "bed", "symptoms", "notes", "name", "age", "sex", "date", "time", "result", "results",
        // Parity: "Gravida / Para".
        "para", "gravida",
        // Weekdays that start a timed entry ("**Sat 16:30** —"), and words of Welsh, Māori, Portuguese, Spanish and German forms and notes:
        // "Cynllun Gofal Ymlaen Llaw", "Meddyg teulu", "Taha wairua", "Tapa Whā", "Alta da UTI", "Ela tá no CTI", "Una primigesta".
        "sat", "sun", "cynllun", "gofal", "ymlaen", "llaw", "meddyg", "teulu", "taha", "tapa", "wairua", "tinana", "hinengaro",
        "alta", "ela", "ele", "una", "uno", "druck",
        // Languages and peoples: "translated from Malay", "bilingual in Mixteco", "Rohingya/Chittagonian".
        "malay", "bahasa", "bangla", "bengali", "rohingya", "chittagonian", "tagalog", "filipino", "swahili", "hausa", "yoruba", "igbo",
        "amharic", "tigrinya", "somali", "pashto", "dari", "farsi", "punjabi", "tamil", "telugu", "nepali", "sinhala", "gujarati", "marathi",
        "mixteco", "mixtec", "zapoteco", "zapotec", "quechua", "aymara", "guarani", "nahuatl", "kiche", "k'iche'", "mam", "triqui",
        "cree", "ojibwe", "inuktitut", "navajo", "lakota", "haitian", "creole", "kreyòl", "patois",
        // Peoples of the Pacific: "from Polynesian traditions".
        "polynesian", "melanesian", "micronesian", "samoan", "tongan", "fijian", "niuean", "tahitian", "hawaiian",
        // Record words in Polish, Hebrew transliterated and Swahili, and peoples: "Karta pacjenta", "Karta DiLO", "Teudat Zehut",
        // "Habari nesi", "Kijana wa mama …", "H'mông, Dao and Tày farmers".
        "karta", "pacjenta", "teudat", "zehut", "habari", "kijana", "hmong", "h'mông", "tày",
        // Nepal's calendar, "the Bikram Sambat calendar".
        "sambat",
    ] + regionsThatAreGivenNames)
    /// The parties of reported court cases — the words on either side of " v " where a law report's year in brackets
    /// follows ("Montgomery v Lanarkshire Health Board [2015] UKSC 11", "Bolam v Friern (1957)") — anywhere in the file,
    /// the reference list included. Not "In the matter of: Dwayne T. Ricketts v. Midstate Cold Storage LLC": the
    /// patient's own claim.
    static func caseLawParties(in document: ScanDocument) -> Set<[UInt8]> {
        var parties: Set<[UInt8]> = []
        let bytes = document.bytes
        // " v " and " v. " (most files have neither): a "v" standing alone is a token of one letter.
        var found: [(offset: Int, separator: String)] = []
        for token in document.tokens where token.end - token.start == 1 && bytes[token.start] == UInt8(ascii: "v") && token.start >= 1 && token.start + 2 < bytes.count {
            let index = token.start
            guard bytes[index - 1] == UInt8(ascii: " ") else { continue }
            if bytes[index + 1] == UInt8(ascii: " ") { found.append((index - 1, " v ")) }
            else if bytes[index + 1] == UInt8(ascii: "."), bytes[index + 2] == UInt8(ascii: " ") { found.append((index - 1, " v. ")) }
        }
        for (offset, separator) in found {
            var index = offset + separator.utf8.count
            var reported = false
            while index + 5 < bytes.count, index - offset < 80, !bytes[index].isLineBreak {
                if bytes[index] == UInt8(ascii: "[") || bytes[index] == UInt8(ascii: "("), bytes[(index + 1)...(index + 4)].allSatisfy(\.isDigit),
                   bytes[index + 5] == UInt8(ascii: "]") || bytes[index + 5] == UInt8(ascii: ")") { reported = true; break }
                // "(from Daubert v. Merrell Dow Pharmaceuticals, 1993)": the year after a comma, closing the brackets.
                if bytes[index] == UInt8(ascii: ","), index + 6 < bytes.count, bytes[index + 1] == UInt8(ascii: " "), bytes[(index + 2)...(index + 5)].allSatisfy(\.isDigit),
                   bytes[index + 6] == UInt8(ascii: ")") || bytes[index + 6] == UInt8(ascii: "]") { reported = true; break }
                index += 1
            }
            guard reported else { continue }
            if let before = document.lastTokenIndex(endingBy: offset).map({ document.tokens[$0] }), before.end == offset, document.isCapitalised(before) {
                parties.insert(Array(bytes[before.range]))
            }
            if let after = document.token(startingAt: offset + separator.utf8.count), document.isCapitalised(after) {
                parties.insert(Array(bytes[after.range]))
            }
        }
        return parties
    }

    /// Whether every word of a match is a party to a reported court case (`ScanDocument.caseLawParties`).
    static func namesCaseLawParty(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let parties = document.caseLawParties
        guard !parties.isEmpty, let first = document.firstTokenIndex(from: range.lowerBound) else { return false }
        let words = document.tokens[first...].prefix { $0.start < range.upperBound }.filter { !$0.isNumber }
        return !words.isEmpty && words.allSatisfy { parties.contains(Array(document.bytes[$0.range])) }
    }

    /// "Forrest JA, Finlayson ND, Shearman DJ first described …": a surname in a list of authors written as a reference
    /// list writes them, each with initials in capitals, and a comma between two of them.
    static func isInAuthorList(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        /// The end of " JA" after a surname that ends at `end`, if capitals (one to three) follow it.
        func initialsEnd(after end: Int) -> Int? {
            guard end < bytes.count, bytes[end] == UInt8(ascii: " ") else { return nil }
            var index = end + 1
            while index < bytes.count, bytes[index].isUpper, index - end <= 3 { index += 1 }
            guard index > end + 1, index - end <= 4, index == bytes.count || !bytes[index].isLetterLike else { return nil }
            return index
        }
        // The next author after this one: "Finlayson ND, Shearman DJ".
        if let end = initialsEnd(after: token.end), document.hasPrefix(", ", at: end), end + 2 < bytes.count, bytes[end + 2].isUpper {
            var word = end + 2
            while word < bytes.count, bytes[word].isLetterLike || bytes[word] == UInt8(ascii: "-") || bytes[word] == UInt8(ascii: "'") { word += 1 }
            if word > end + 3, initialsEnd(after: word) != nil { return true }
        }
        // The author before this one: "Forrest JA, Finlayson ND".
        if initialsEnd(after: token.end) != nil, token.start >= 6, bytes[token.start - 1] == UInt8(ascii: " "), bytes[token.start - 2] == UInt8(ascii: ","),
           let previous = document.lastTokenIndex(endingBy: token.start - 2), previous >= 1 {
            let initials = document.tokens[previous], surname = document.tokens[previous - 1]
            if document.isAllCaps(initials), initials.end - initials.start <= 3, initials.start == surname.end + 1, document.isCapitalised(surname),
               surname.end - surname.start >= 2 { return true }
        }
        return false
    }

    /// "the fluid creep described by Pruitt", "the programme developed by Campbell and Robertson": the authors of a method.
    static func followsAuthorship(_ token: Token, in document: ScanDocument) -> Bool {
        var start = token.start
        // "… by Campbell and Robertson": the second author.
        if let previous = document.lastTokenIndex(endingBy: start), previous >= 1, document.lowercased(document.tokens[previous].range) == "and",
           document.isCapitalised(document.tokens[previous - 1]), document.tokens[previous].start == document.tokens[previous - 1].end + 1 {
            start = document.tokens[previous - 1].start
        }
        // "popularised by De la Torre": the particles of a surname.
        while let previous = document.lastTokenIndex(endingBy: start), document.tokens[previous].end + 1 == start,
              document.tokens[previous].isIn(.nameParticles) {
            start = document.tokens[previous].start
        }
        return authorshipPhrases.contains { phrase in start >= phrase.utf8.count && document.hasPrefix(phrase, at: start - phrase.utf8.count) }
    }

    /// Whether a capitalised word stands in a list beside an eponym, joined by a comma or "and": "Greulich and Pyle", "Parkland,
    /// Brooke and beyond", "(Schwarz, Moraten, Edmonston-Zagreb)" — the neighbour an eponym that is no given name ("Hunter, Brooke and
    /// Ava" are children).
    static func isListedWithEponym(_ tokens: [Token], at position: Int, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        // A word alone, not in a run of capitalised words ("Trevor Ashworth, Bamford", "Deborah and Paul Kowalczyk" are people).
        func standsAlone(_ index: Int) -> Bool {
            let joinedBefore = index >= 1 && tokens[index - 1].end + 1 == tokens[index].start && bytes[tokens[index - 1].end] == UInt8(ascii: " ")
                && !tokens[index - 1].isNumber && document.isCapitalised(tokens[index - 1])
            let joinedAfter = index + 1 < tokens.count && tokens[index + 1].start == tokens[index].end + 1 && bytes[tokens[index].end] == UInt8(ascii: " ")
                && !tokens[index + 1].isNumber && document.isCapitalised(tokens[index + 1])
            return !joinedBefore && !joinedAfter
        }
        func isEponym(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && !tokens[index].isNumber && document.isCapitalised(tokens[index]) && !document.isAllCaps(tokens[index])
                && Lexicon.eponyms.contains(tokens[index], in: document) && !Lexicon.firstNames.contains(tokens[index], in: document) && standsAlone(index)
        }
        func isAnd(_ index: Int) -> Bool { index >= 0 && index < tokens.count && bytes[tokens[index].range].elementsEqual("and".utf8) }
        guard standsAlone(position) else { return false }
        let token = tokens[position]
        // Before it: "Greulich and Pyle", "Parkland, Brooke".
        if position >= 2, isAnd(position - 1), tokens[position - 1].end + 1 == token.start, tokens[position - 2].end + 1 == tokens[position - 1].start, isEponym(position - 2) { return true }
        if position >= 1, bytes[tokens[position - 1].end..<token.start].elementsEqual(", ".utf8), isEponym(position - 1) { return true }
        // After it: "Schwarz, Moraten", "Pyle and Greulich".
        if position + 2 < tokens.count, isAnd(position + 1), tokens[position + 1].start == token.end + 1, tokens[position + 2].start == tokens[position + 1].end + 1, isEponym(position + 2) { return true }
        if position + 1 < tokens.count, bytes[token.end..<tokens[position + 1].start].elementsEqual(", ".utf8), isEponym(position + 1) { return true }
        return false
    }

    /// Anatomical structures named "… of" a person: "the bundle of Kent", "the circle of Willis", "the pouch of Douglas".
    static let anatomicalNounsBeforeOf: WordList = ["bundle", "bundles", "circle", "pouch", "ligament", "ligaments", "canal", "canals", "loop", "islets", "islet",
                                                    "node", "nodes", "crypts", "sphincter", "tetralogy", "triangle", "space", "foramen", "duct", "ducts", "organ",
                                                    "organs", "bursa", "fissure", "fascia", "angle", "line", "lines", "plexus", "tubercle", "ampulla", "antrum",
                                                    "ganglion", "gland", "glands", "membrane", "corpuscles", "cells", "fibres", "fibers"]

    /// Whether a name follows an anatomical noun and "of": "(historically, the bundle of Kent)".
    static func isAnatomicalEponym(_ tokens: [Token], at position: Int, in document: ScanDocument) -> Bool {
        guard position >= 2, document.bytes[tokens[position - 1].range].elementsEqual("of".utf8), tokens[position - 1].end + 1 == tokens[position].start,
              tokens[position - 2].end + 1 == tokens[position - 1].start else { return false }
        return anatomicalNounsBeforeOf.contains(tokens[position - 2], in: document)
    }

    static let authorshipPhrases = ["described by ", "developed by ", "proposed by ", "devised by ", "introduced by ", "validated by ", "pioneered by ",
                                    "popularised by ", "popularized by ", "named after ", "and by "]

    /// Tokens that follow an author's name in a citation: "Smith et al.", "Smith (2019)".
    static func isCitation(after token: Token, in document: ScanDocument) -> Bool {
        var index = token.end
        if document.hasPrefix("'s", at: index) || document.hasPrefix("’s", at: index) { return false }
        while index < document.bytes.count, document.bytes[index].isSpace || document.bytes[index] == UInt8(ascii: ",") { index += 1 }
        if document.hasPrefix("et al", at: index) { return true }
        if document.hasPrefix("and colleagues", at: index) || document.hasPrefix("and co-workers", at: index) { return true }
        // "Bjornson and others showed": authors and what they found.
        if document.hasPrefix("and others ", at: index), Self.reportingVerbs.contains(where: { document.hasPrefix($0, at: index + 11) }) { return true }
        // "Teasdale and Jennett, 1974", "Smith & Jones (2019)": a second capitalised name, then a year.
        for joiner in ["and ", "& "] where document.hasPrefix(joiner, at: index) {
            var after = index + joiner.utf8.count
            guard after < document.bytes.count, document.bytes[after].isUpper else { break }
            while after < document.bytes.count, document.bytes[after].isLetterLike || document.bytes[after] == UInt8(ascii: "-") || document.bytes[after] == UInt8(ascii: "'") { after += 1 }
            while after < document.bytes.count, document.bytes[after].isSpace || document.bytes[after] == UInt8(ascii: ",") || document.bytes[after] == UInt8(ascii: "(") { after += 1 }
            if isYear(at: after, in: document) { return true }
            // "As Roberts and Schilsky note, …": two authors and what they wrote.
            if Self.reportingVerbs.contains(where: { document.hasPrefix($0, at: after) && (after + $0.utf8.count >= document.bytes.count || !document.bytes[after + $0.utf8.count].isLetterLike) }) {
                return true
            }
        }
        if isInHistory(after: index, in: document) { return true }
        if index < document.bytes.count, document.bytes[index] == UInt8(ascii: "(") || document.bytes[index] == UInt8(ascii: "["), isYear(at: index + 1, in: document) {
            return true
        }
        // Cheaper tests first: these two look around the name ("Forrest JA, Finlayson ND", "described by Pruitt").
        return isYear(at: index, in: document) || isInAuthorList(token, in: document) || followsAuthorship(token, in: document)
    }

    /// What authors do in their papers: "Roberts and Schilsky note", "Smith and Jones found".
    static let reportingVerbs = ["note", "noted", "notes", "report", "reported", "reports", "found", "find", "showed", "show", "shows",
                                 "described", "describe", "describes", "proposed", "propose", "suggest", "suggested", "suggests",
                                 "argue", "argued", "argues", "recommend", "recommended", "recommends", "observed", "review", "reviewed",
                                 "demonstrated", "concluded", "emphasise", "emphasize", "point out", "pointed out", "caution", "cautioned"]

    /// The words of a document's references list, by word-list hash (empty when it has none).
    static func referenceWords(in document: ScanDocument) -> Set<UInt64> {
        guard document.zones.contains(.reference) else { return [] }
        return Set(document.tokens.lazy.filter { $0.zone == .reference && !$0.isNumber }.map(\.hash))
    }

    /// Whether a capitalised word also stands in the document's references list: a cited author named in the text.
    static func isCitedAuthor(_ token: Token, in document: ScanDocument, referenceWords: Set<UInt64>) -> Bool {
        guard referenceWords.contains(token.hash) else { return false }
        let word = document.bytes[token.range]
        return document.tokens.contains { $0.zone == .reference && $0.hash == token.hash && document.bytes[$0.range].elementsEqual(word) }
    }

    /// Whether a digit run within the next 90 bytes of the sentence reads as a year from 1500 to 1989 (or to `latest`).
    static func hasHistoricalYear(after index: Int, in document: ScanDocument, latest: Int = 1989) -> Bool {
        let bytes = document.bytes
        var position = index
        let end = min(index + 90, bytes.count)
        while position < end, bytes[position] != UInt8(ascii: "."), !bytes[position].isLineBreak {
            guard bytes[position].isDigit else { position += 1; continue }
            var run = position
            while run < bytes.count, bytes[run].isDigit { run += 1 }
            let digits = bytes[position..<run]
            let value = Int(String(decoding: digits.prefix(6), as: UTF8.self)) ?? 0
            let leading = digits.count >= 4 ? Int(String(decoding: digits.prefix(4), as: UTF8.self)) ?? 0 : 0
            if (1500...latest).contains(value) || (1500...latest).contains(leading) { return true }
            position = run
        }
        return false
    }

    /// Whether what follows names a discovery by its verb and year ("… described the syndrome in 1992"), not only a year
    /// ("her husband Jim in 1995" is family).
    static func isDiscovery(after index: Int, in document: ScanDocument, latest: Int) -> Bool {
        hasHistoricalYear(after: index, in: document, latest: latest) && isHistoricalMention(after: index, in: document, latest: latest, words: 5)
    }

    /// Whether what follows a name (from `index`, after any spaces) puts it in the history of medicine: "… described it in 1960",
    /// "(described by) Schmidt in 1926". A discovery's year is at most `latest`, within `words` words of its verb ("… isolated
    /// *Micrococcus melitensis* from soldiers' spleens in Malta in 1887" needs more than the five a citation allows).
    static func isInHistory(after index: Int, in document: ScanDocument, latest: Int = 1989, words: Int = 5) -> Bool {
        var index = index
        while index < document.bytes.count, document.bytes[index] == UInt8(ascii: " ") { index += 1 }
        // Both of the next checks need a year from 1500 on later in the sentence: look for one over bytes first.
        if Self.hasHistoricalYear(after: index, in: document), Self.isHistoricalMention(after: index, in: document, latest: latest, words: words) { return true }
        // "described by Schmidt in 1926": a name in the history of medicine. (Not "between 1952 and 1956": a patient's years in care.)
        if document.hasPrefix("in 1", at: index), index + 7 <= document.bytes.count,
           let year = Int(document.text((index + 3)..<(index + 7))), (1500...latest).contains(year) {
            return true
        }
        return false
    }

    /// Whether the sentence before a name dates it in the history of medicine: "isolated in 1954 by John Enders" — a discovery's verb,
    /// "in" and a year up to `latest`, then "by" right before the name (or before the names listed with it). Not in a sentence about
    /// a patient or a family ("she", "his", "patient", a kinship word), nor a quantity ("in 1600 mL").
    static func isDatedInHistoryBefore(_ range: Range<Int>, in document: ScanDocument, latest: Int = 1960) -> Bool {
        let bytes = document.bytes
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 120, bytes[start - 1] != UInt8(ascii: "."), !bytes[start - 1].isLineBreak { start -= 1 }
        let before = document.lowercased(start..<range.lowerBound)
        let words = before.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" }).map(String.init)
        guard !words.contains(where: { ["she", "he", "her", "his", "their", "they", "patient", "pt", "mr", "mrs", "ms", "family"].contains($0) }),
              // (Only the sentence's own words: from its first token up to the name.)
              !(document.firstTokenIndex(from: start).map { first in
                  document.tokens[first...].prefix { $0.end <= range.lowerBound }.contains { $0.isIn(.kinship) }
              } ?? false)
        else { return false }
        // The words after the year: "by", then only names and "and".
        guard let by = words.lastIndex(of: "by"), words[(by + 1)...].allSatisfy({ $0 == "and" || $0 == "&" }) || {
            let original = document.text(start..<range.lowerBound).split(separator: " ")
            return original.reversed().prefix(while: { $0 != "by" }).allSatisfy { $0 == "and" || $0 == "&" || $0.first?.isUppercase == true || $0.hasSuffix(",") }
        }() else { return false }
        // "<verb> in <year> by": a discovery's verb, "in", and a year alone.
        guard by >= 3, words[by - 2] == "in", let year = Int(words[by - 1]), words[by - 1].count == 4, (1500...latest).contains(year),
              PersonNames.discoveryVerbs.contains(words[by - 3]) else { return false }
        return true
    }

    /// The verbs of a discovery in the history of medicine.
    static let discoveryVerbs = ["described", "reported", "discovered", "characterised", "characterized", "identified", "named", "isolated", "linked", "showed", "coined"]

    /// "Nowell and Hungerford described it in 1960", "… Leon Ginzburg and Gordon Oppenheimer in 1932": a discovery.
    private static func isHistoricalMention(after index: Int, in document: ScanDocument, latest: Int, words: Int) -> Bool {
        let sentence = document.lowercased(index..<min(index + 90, document.bytes.count)).prefix { $0 != "." && $0 != "\n" }
        // (Each word trimmed once, not once for every verb: Foundation's trimming is slow.)
        let sentenceWords = sentence.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        // (Each verb in turn, as a whole word: "isolated … in 1887; first described" has its year after the first; "X-linked"
        // and "unreported" are no verbs.)
        for verb in Self.discoveryVerbs {
            guard let position = sentenceWords.firstIndex(of: verb) else { continue }
            if let year = sentenceWords[(position + 1)...].prefix(words).compactMap({ Int($0) }).first,
               (1500...latest).contains(year) {
                return true
            }
        }
        // A list of names ending in a year: ", Leon Ginzburg and Gordon Oppenheimer in 1932".
        let list = document.text(index..<min(index + 70, document.bytes.count)).prefix { $0 != "." && $0 != "\n" }
        if list.hasPrefix(",") || list.hasPrefix(" and") || list.hasPrefix("and"),
           let inYear = list.range(of: " in 1"), let year = Int(list[inYear.upperBound...].prefix(3)).map({ 1000 + $0 }), (1500...latest).contains(year),
           list[..<inYear.lowerBound].split(separator: " ").allSatisfy({ $0.first?.isUppercase ?? false || ["and", ",", "&"].contains($0) || $0.hasSuffix(",") }) {
            return true
        }
        return false
    }

    /// A publication year (1800–2099) standing alone at an offset.
    static func isYear(at offset: Int, in document: ScanDocument) -> Bool {
        guard offset + 4 <= document.bytes.count, document.bytes[offset..<(offset + 4)].allSatisfy(\.isDigit),
              offset + 4 == document.bytes.count || !document.bytes[offset + 4].isAlphanumeric,
              let year = Int(document.text(offset..<(offset + 4))) else { return false }
        return (1800...2099).contains(year)
    }

    /// Whether a range lies inside an eponym that starts with a given name: "Marcus Gunn pupil", "Ann Arbor stage",
    /// "Pierre Robin sequence" (given names are not eponyms alone; see `Lexicon.eponyms`). Not when a title or a kinship
    /// word comes before the phrase, or an age or a number's label after it: "Dr Marcus Gunn", "her son Lou Gehrig",
    /// "Austin Flint, 42,", "Marcus Gunn — MRN 4471".
    static func isInsideEponymWithGivenName(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        guard let first = document.firstTokenIndex(from: range.lowerBound) else { return false }
        let tokens = document.tokens
        for start in max(0, first - 2)...first where !tokens[start].isNumber && document.isCapitalised(tokens[start]) {
            for phrase in Lexicon.eponymPhrasesWithGivenNames where start + phrase.count <= tokens.count {
                let words = tokens[start..<(start + phrase.count)]
                guard zip(words, phrase).allSatisfy({ document.bytes[$0.range].lazy.map(\.lowercased).elementsEqual($1.utf8) }),
                      zip(words, words.dropFirst()).allSatisfy({ $1.start == $0.end + 1 }) else { continue }
                guard words.first!.start <= range.lowerBound, words.last!.end >= range.upperBound else { continue }
                if start >= 1, tokens[start - 1].isIn(.titles) || tokens[start - 1].isIn(.kinship) { return false }
                if NameRule.ageBetweenCommas(after: words.last!.end, in: document) || NameRule.identityNumberFollows(words.last!.end, in: document) { return false }
                return true
            }
        }
        return false
    }

    /// Whether the word after a name-like token makes it an eponym ("Bell's palsy", "Crohn disease").
    /// Nouns an eponym names only when no possessive comes between: a person's "complex" or "focus" is something else.
    static let eponymNounsWithoutPossessive: Set<String> = ["focus", "complex", "zigzag"]
    /// Kinds of kit (in the plural) and assessments that a surname names when written right after it, without a possessive, even when
    /// the lexicon does not list it as an eponym: "Simmons catheters", "Chiba needles", "Schanz pins", "Katz ADL". (In the singular
    /// they are a patient's own, "Okafor drain output 40 ml"; after a possessive too, "Amina's coils"; and after a given name, a
    /// person's: "Sarah Miller drain".)
    static let kitAndAssessmentNouns: Set<String> = ["catheters", "needles", "stents", "coils", "wires", "pins", "screws", "adl", "adls", "iadl", "iadls"]

    static func isEponymUse(_ tokens: [Token], at position: Int, in document: ScanDocument) -> Bool {
        var next = position + 1
        // Skip a possessive "s" and joined eponyms: "Guillain-Barré", "Wolff-Parkinson-White", "Osler and Weber".
        let possessive = next < tokens.count && document.lowercased(tokens[next].range) == "s" && tokens[next].start <= tokens[position].end + 2
        if possessive { next += 1 }
        var hops = 0
        while next < tokens.count, hops < 3 {
            // Within the phrase: "Minot.⏎⏎## Device | Component | Model" does not make Minot an eponym.
            let gap = document.bytes[tokens[next - 1].end..<tokens[next].start]
            if gap.contains(where: { $0 == UInt8(ascii: ".") || $0.isLineBreak || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",")
                || $0 == UInt8(ascii: "#") }) { return false }
            // Nor across an arrow or a dash between spaces: "Kinbrook Community Hospital → Mercy Hospital",
            // "… Hospital — Mercy Hospital" are two places (not "Stokes–Adams", joined without spaces).
            // (Only a dash or an arrow: curly quotes, "…" and "≥" start with the same byte, 0xE2.)
            if gap.contains(UInt8(ascii: " ")), gap.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "=") })
                || gap.indices.contains(where: { document.isDash(at: $0) || gap[$0] == 0xE2 && $0 + 1 < gap.endIndex && gap[$0 + 1] == 0x86 }) { return false }
            // "Brock (PanCan) model" is an eponym; "Rhys Aldred-Quinn (clinic number …)" is a person described.
            // ("**Simmons** (sidewinder) and **Cobra** catheters": one lowercase word in brackets, another name for the same thing.)
            if gap.contains(UInt8(ascii: "(")), !document.isCapitalised(tokens[next]) {
                guard hops == 0, document.has(")", at: tokens[next].end), next + 1 < tokens.count,
                      ["and", "or"].contains(document.lowercased(tokens[next + 1].range)) else { return false }
                next += 1
                continue
            }
            let word = document.lowercased(tokens[next].range)
            if eponymNouns.contains(word) { return true }
            // "the Ghon focus", "the Ranke complex", "a Bruner zigzag incision" (not after a possessive: "Amina's complex history").
            // (A lone eponym word right before it, after a lowercase word: "Sarah Miller complex care team" is a name.)
            if !possessive, hops == 0, Self.eponymNounsWithoutPossessive.contains(word), Lexicon.eponyms.contains(tokens[position], in: document),
               position == 0 || !document.isCapitalised(tokens[position - 1]) || document.startsSentence(tokens[position]) { return true }
            // "Katz ADL", "Simmons catheters", "**Simmons** (sidewinder) and **Cobra** catheters": kit or an assessment right after a
            // lone name, or after two joined by "and" (not "Sarah Miller drain", "Amina and Sarah's catheters").
            if !possessive, Self.kitAndAssessmentNouns.contains(word), !Lexicon.firstNames.contains(tokens[position], in: document),
               hops == 0 || !Lexicon.firstNames.contains(tokens[next - 1], in: document),
               hops == 0 ? tokens[next].start == tokens[position].end + 1 : ["and", "or"].contains(document.lowercased(tokens[next - 2].range)),
               !tokens[position..<next].contains(where: { document.bytes[$0.range].elementsEqual("s".utf8) }),
               position == 0 || !tokens[position - 1].isIn(.introducers), position == 0 || !document.isCapitalised(tokens[position - 1]) || tokens[position - 1].end + 1 < tokens[position].start
                || document.startsSentence(tokens[position]) { return true }
            // "the Wang bronchiolitis score", "the Kristjansson respiratory score": after an article, a word or two in lowercase that say
            // what the instrument measures, then what it is (a score, a scale, criteria, a classification …).
            if !possessive, hops == 0, position >= 1, ["the", "a", "an"].contains(document.lowercased(tokens[position - 1].range)),
               document.bytes[tokens[next].range].allSatisfy(\.isLower) {
                var after = next
                while after + 1 < tokens.count, after - next < 2, tokens[after + 1].start == tokens[after].end + 1,
                      document.bytes[tokens[after + 1].range].allSatisfy(\.isLower), !eponymNounsAfterName.contains(tokens[after + 1], in: document) {
                    after += 1
                }
                if after + 1 < tokens.count, tokens[after + 1].start == tokens[after].end + 1, eponymNounsAfterName.contains(tokens[after + 1], in: document),
                   tokens[next].start == tokens[position].end + 1 { return true }
            }
            // ("Bairnsdale or Daintree ulcer": two names for one disease.)
            guard document.isCapitalised(tokens[next]) || word == "and" || word == "or" || word == "s" else { return false }
            next += 1
            hops += 1
        }
        return false
    }

    /// Whether a token is a known surname, or a double-barrelled name whose every part is a known name ("Harland-Jukes").
    static func isKnownSurname(_ token: Token, in document: ScanDocument) -> Bool {
        if Lexicon.surnames.contains(token, in: document) { return true }
        let bytes = document.bytes[token.range]
        guard bytes.contains(UInt8(ascii: "-")) else { return false }
        let parts = bytes.split(separator: UInt8(ascii: "-"))
        return parts.count >= 2 && parts.allSatisfy { Lexicon.surnames.contains($0) || Lexicon.firstNames.contains($0) }
    }

    /// Whether a token is joined to a neighbour by an en or em dash: "Stokes–Adams", "Monro–Kellie",
    /// "Danis–Weber". Eponyms are written so; people's double-barrelled names use a hyphen.
    static func isDashCompound(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        if token.end + 3 < bytes.count, document.isDash(at: token.end), bytes[token.end + 3].isUpper { return true }
        if token.start >= 4, document.isDash(at: token.start - 3), bytes[token.start - 4].isASCIILetter { return true }
        return false
    }

    /// Regions that are given names too: stopwords, except as the first word after a title (`nameRun`).
    static let regionsThatAreGivenNames = ["victoria", "georgia", "virginia", "carolina", "india", "jordan", "chad", "israel", "florida"]

    /// Whether a token has accented Latin letters (é, ā, Ó…), as names from many languages do;
    /// Greek letters (β-blocker, α-thalassaemia) do not count.
    static func hasAccentedLatin(_ token: Token, in document: ScanDocument) -> Bool {
        document.bytes[token.range].contains { $0 >= 0xC3 && $0 <= 0xC9 } || hasVietnameseLetter(token, in: document)
    }

    /// Whether a token has a letter of Latin Extended Additional (three bytes, E1 B8–BB …), as Vietnamese words do: "Trần", "Lựu".
    static func hasVietnameseLetter(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        return bytes[token.range].indices.contains { $0 + 2 < token.end && bytes[$0] == 0xE1 && ScanDocument.isThreeByteLetter(bytes[$0 + 1], bytes[$0 + 2]) }
    }

    /// The capitalised name-like tokens starting at a position (up to four, with particles such as
    /// "van", "de", "bin", "al"), or an empty range.
    /// After a title, a region that is also a given name starts a name before a surname: "Mr Jordan Pike", "Ms Georgia Mensah".
    static func nameRun(_ tokens: [Token], from position: Int, in document: ScanDocument, allowLower: Bool = false, afterTitle: Bool = false) -> Range<Int> {
        var end = position
        var last = position - 1
        while end < tokens.count, end - position < 5 {
            let token = tokens[end]
            if token.isNumber { break }
            if end > position, !document.onlySpaces(tokens[end - 1].end..<token.start, allowing: [UInt8(ascii: "*"), UInt8(ascii: "_")]) {
                // An initial's full stop may sit between: "Jane M. Doe".
                let between = document.bytes[tokens[end - 1].end..<token.start]
                guard tokens[end - 1].end - tokens[end - 1].start == 1, between.first == UInt8(ascii: "."), between.dropFirst().allSatisfy(\.isSpace) else { break }
            }
            let word = document.lowercased(token.range)
            let particle = ["van", "von", "de", "da", "del", "della", "di", "du", "bin", "binti", "al", "el", "la", "le", "ben", "ter", "ten", "mc", "mac", "o"].contains(word)
            // (Capitals of two to four ASCII letters are an acronym; "Ó" in "Niamh Ó Súilleabháin" is a name's particle.)
            let givenRegion = afterTitle && end == position && regionsThatAreGivenNames.contains(word) && end + 1 < tokens.count
                && tokens[end + 1].start == token.end + 1 && document.isCapitalised(tokens[end + 1]) && !tokens[end + 1].isIn(.stopwords)
            if document.isCapitalised(token) && (!stopwords.contains(word) || givenRegion)
                && !(document.isAllCaps(token) && (2...4).contains(token.end - token.start) && document.bytes[token.range].allSatisfy({ $0 < 0x80 })) {
                last = end
            } else if particle && (end > position || document.bytes[token.start].isLower) {
                // ("Dear Mme de la Fontaine": a surname may start with its particles.)
                // kept only if a capitalised token follows
            } else if allowLower && end == position && token.end - token.start >= 2 {
                last = end
            } else {
                break
            }
            end += 1
        }
        return last >= position ? position..<(last + 1) : position..<position
    }
}
