/// `privacy.relative`: a relative or household member named: "her son Michael", "his wife, Anne Byrne".
struct RelativeRule: TextRule {
    let description = RuleDescription(
        id: "privacy.relative",
        summary: "Relative named",
        rationale: "A named relative identifies the patient as surely as the patient's own name (HIPAA Safe Harbor §164.514(b)(2)(i) covers identifiers of relatives and household members).",
        defaultSeverity: .error,
        hint: "Say \"her son\" or \"his wife\" without the name.",
        passing: [
            "A term boy of Southeast Asian ancestry; laws that stem from the Child Abuse Prevention and Treatment Act (CAPTA) of 1974.",
            "The brothers Pedro and Josep Brugada described the syndrome in 1992. Throughout, his wife kept an online journal.",
            "Her mother had Hashimoto's thyroiditis and her sister Graves' disease.",
            "They opened a Kangaroo Mother Care room; the Tamariki Ora Nurse visited.",
            "She delivered a baby boy, Apgar 6 and 8, who went to the neonatal unit.",
            "KIELY, Oisín (Twin II); Infant: HATFIELD, Baby Girl; her grandmother, Dadi, cooked; his great-grandmother, Badi Amma, is bedbound; his grandfather, Mzee, coughs.",
            "A strategy discussion under Section 47 of the Children Act 1989; the Family Law Act.",
            "Child Pugh class B; Nephew and niece visited.",
            "---\ntags: [gastric-cancer, sister-mary-joseph-nodule]\n---\n\nSister Mary Joseph and Virchow point to gastric cancer.",
            "A referral to Child Welfare Services was made; the Family Support Team visited.",
            "Cascade screening:\n- His mother: QTc 478 ms, positive.\n- His sister: IgA normal.",
            "Her son drove her to the emergency department.",
            "His wife, a retired teacher, noticed the confusion.",
            "The daughter of the patient asked about Huntington disease.",
            "Steroids for high-risk children (Kobayashi score ≥ 4); twin A and twin B were both septic.",
            "His wife (дружина) was present. ПІБ: невідомий чоловік, тимчасовий № НП-17.",
            "| Relative | Born in |\n|---|---|\n| Mother: India | Father: Kenya |",
            "Atstovas (guardian): on file.\n\n| Field | Proband | Brother |\n|---|---|---|\n| Age | 44 | 41 |\n\nPESEL (child) on file; Down syndrome (child); the Lancet (mother and baby); | Relationship | Screened |\n|---|---|\n| Sibling | cousin |",
            "His partner the next day; her daughter, the donee under her lasting power of attorney; Her son, the proband's father, was tested; His wife, the team chose a knee immobiliser to limit flexion.",
        ],
        failing: [
            "His wife ⟦Оксана⟧ was found in another hospital; his granddaughter ⟦Μαρία⟧ wrote; the granddaughter, ⟦נועה⟧: by phone.",
            "staying at the shelter, sometimes w partner ⟦krista⟧; ⟦krista⟧ gave naloxone.",
            "His father, ⟦Robert Koch⟧, came too.",
            "Village:         Mahal al-Sharqi\nMother:          ⟦Amal Hizam⟧",
            "He sat with his wife ⟦Leonie⟧ holding the phone.\n\n> **Dr:** Can you have ⟦Leonie⟧ point the phone at the back?",
            "Her son ⟦Michael⟧ can be reached at home.",
            "The GP wrote:\n\n> She attends with her son\n⟦Zebulon⟧ on Tuesdays.",
            "His wife, ⟦Anne Byrne⟧, stayed overnight.",
            "The patient's daughter (⟦Dr Amelia Hart⟧) is a GP.",
            "Baby ⟦Ezekiel⟧ (\"⟦Zeke⟧\") was well; his wife ⟦Iris⟧ came; later ⟦Iris⟧ said no; the iris was normal. ⟦Iris⟧ told the nurse. Iris colour was normal.\n⟦Tomasz⟧, her husband, gave the history. ⟦Graham Haigh⟧ is her nephew. The patient is her daughter.\nMother: ⟦Chelsea Kershaw⟧ (19). Father: ⟦Jordan Pilling⟧ (23).",
            "Screening was offered to his children, ⟦Erik⟧ and ⟦Sofie⟧; her sons ⟦Tom⟧ and ⟦Kwame Okafor⟧ came; his daughter ⟦Amy⟧ and the nurse.",
            "Her mother ⟦Thandeka⟧'s cell number; donor's husband ⟦Étienne⟧ will drive; baby girl of ⟦Niamh O'Neill⟧.",
            "[02:31] 志豪: 我太太 ⟦美玲⟧ 說我最近比較不會口渴了\n\n> 우리 딸 ⟦수연⟧이가 약 정리해줬어요\n\nWeChat sent to the account holder's son ⟦周晨⟧.",
            "> Συνοδός: κόρη ⟦Κατερίνα Τσολάκη⟧, κιν. on file",
            "Family:\n\nHer older sisters, ⟦Ruby⟧ (4) and ⟦Grace⟧ (2), were at home; her half-brothers ⟦Kyle⟧ (14) and ⟦Mason⟧ (11); his sons ⟦Tom⟧, ⟦Ben⟧ and ⟦Jakub⟧; her daughter ⟦Lola⟧ is at school.",
            "Reading:\n\nHer son ⟦Tom⟧ (2019) and Okafor (2021) were cited; her sons ⟦Kyle⟧ (14) and ⟦Mason⟧ (11) came.",
            "Family:\n\nHer partner, ⟦Jordan⟧, is supportive; her older brother ⟦Jordan⟧, 16, has prediabetes.",
            "Contacts:\n\nEmergency contact 2: ⟦Joy Brooks⟧ (aunt), cell on file. Waris: ⟦Rose binti Majitol⟧ (isteri).\n\n| ⟦Faadumo⟧, mother | 39 |\n|---|---|\n| ⟦Ruby Hart⟧ | cousin |",
            "He was supported at the review by his daughter ⟦Nkechi⟧ and Care Act advocates.",
            "⟦his uncle, the sirdar of the cane-cutting gang⟧, came; ⟦His eldest son, the assistant pastor at the church⟧, drove her; then ⟦her son the deacon⟧.",
        ]
    )

    /// Last words of the names of services and organisations, which a kinship word may begin: "Child Welfare Services".
    static let organisationEnds: WordList = ["services", "service", "protection", "agency", "team", "unit", "trust", "board", "society", "foundation",
                                            "department", "centre", "center", "network", "association", "alliance", "programme", "program", "league",
                                            // "the Children Act 1989", "the Family Law Act": a law; "Child Abuse and Neglect", "Child Care and
                                            // Protection Act", "Child Health Record", "Child Benefit": a service, a record or a payment.
                                            "act", "abuse", "neglect", "care", "health", "record", "benefit", "support", "welfare", "development",
                                            "allowance"]

    /// Words of a person's origin after a people's name: "of Southeast Asian ancestry".
    static let descentWords: WordList = ["ancestry", "descent", "heritage", "origin", "origins", "background", "extraction", "parentage"]

    /// Whether capitalised words (and "and", "of", "for") from a token run on to a law's or a programme's word within four words:
    /// "… Prevention and Treatment Act".
    static func runsOnToALaw(from position: Int, in document: ScanDocument) -> Bool {
        let tokens = document.tokens
        var index = position
        while index < tokens.count, index - position < 4, tokens[index].start - tokens[index - 1].end == 1 {
            let token = tokens[index]
            if document.isCapitalised(token), NameRule.lawAndProgrammeWords.contains(token, in: document) { return true }
            guard document.isCapitalised(token) || ["and", "of", "for"].contains(document.lowercased(token.range)) else { return false }
            index += 1
        }
        return false
    }

    /// Whether a word is written in Greek, Cyrillic, Hebrew or Arabic letters (UTF-8 lead bytes 0xCE–0xDB) from its first byte
    /// to its last, and is not a kinship word itself ("дружина", "κόρη").
    static func isOtherScriptWord(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes[token.range]
        guard !token.isNumber, bytes.count >= 4, let first = bytes.first, (0xCE...0xDB).contains(first),
              bytes.allSatisfy({ $0 >= 0x80 }) else { return false }
        return !token.isIn(.kinship)
    }

    /// A relative a small community knows by a role, after "her", "his" or "their" and the kinship word: "Her father, the turaga ni
    /// koro", "his uncle, the sirdar of the cane-cutting gang", "His eldest son, the assistant pastor at the church", "her son the
    /// deacon" — from the possessive to the end of the role: one to eight lowercase words, none a kinship word, up to a comma, a full
    /// stop, a semicolon, a bracket or a dash (not "Her son, the proband's father", "her mother, the HDU nursing team", "His wife, the
    /// team chose a knee immobiliser …").
    static func describedByRole(kinship position: Int, in document: ScanDocument) -> Range<Int>? {
        let tokens = document.tokens, bytes = document.bytes
        let kin = tokens[position]
        var start = kin.end
        if document.hasPrefix(", the ", at: start) { start += 6 } else if document.hasPrefix(" the ", at: start) { start += 5 } else { return nil }
        // "her", "his", "their", perhaps an adjective or a possessor between ("His eldest son", "his wife's brother").
        var back = position - 1, owner: Int?
        while back >= 0, position - back <= 3, !tokens[back].isNumber {
            if tokens[back].isIn(.possessives) { owner = back; break }
            back -= 1
        }
        guard let owner else { return nil }
        // The role: lowercase words to the clause's end — not a time ("his partner the next day") nor a part in the patient's care or affairs
        // that any relative may have ("the donee under her lasting power of attorney", "the main carer").
        guard var index = document.tokenIndex(startingAt: start), !Self.notCommunityRoles.contains(document.lowercased(tokens[index].range)) else { return nil }
        /// Whether the role ends at an offset: the text's end, a comma, a full stop, a semicolon, a bracket, a colon or a dash.
        func closes(_ end: Int) -> Bool {
            end == bytes.count || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: ":")].contains(bytes[end])
                || document.isDash(at: end + 1)
        }
        let first = index
        var end = start, closed = false
        while index < tokens.count, index - first < 8 {
            let word = tokens[index]
            guard !word.isNumber, bytes[word.start].isLower || bytes[word.start] >= 0xC3, !document.isCapitalised(word), !word.isIn(.kinship),
                  document.onlySpaces(end..<word.start, allowing: [UInt8(ascii: "'"), UInt8(ascii: "-"), 0xE2, 0x80, 0x99]) else { return nil }
            end = word.end
            index += 1
            // ("the kaumātua who opens the school day": the role ends with "who".)
            closed = closes(end) || "who".utf8.elementsEqual(bytes[word.range])
            // (On one written line: a role that a paragraph runs on to the next line ends there, and is read only if a dash opens that line.)
            if closed || end < bytes.count && document.source.utf8[end].isLineBreak && end + 1 < bytes.count && bytes[end + 1] != UInt8(ascii: " ") {
                closed = closed || closes(end)
                break
            }
        }
        guard closed else { return nil }
        // (A role's noun, not what a team did: no verb of the past among the words, "the team chose …".)
        if tokens[first..<index].contains(where: { PersonNames.isPastTense($0, in: document) || $0.isIn(.personVerbs) }) { return nil }
        return tokens[owner].start..<end
    }

    /// First words after "her son, the …" that make no role a community knows the relative by (`describedByRole`).
    static let notCommunityRoles: Set<String> = ["next", "following", "previous", "same", "other", "first", "last", "day", "night", "morning", "evening",
                                                 "whole", "rest", "donee", "attorney", "guardian", "executor", "proxy", "nominated", "main", "primary",
                                                 "only", "usual", "designated", "named", "legal", "patient", "index", "proband"]

    /// Whether a word is a place that is also a given name, right after a kinship word in a sentence: "her partner, Jordan,", "her
    /// brother Jordan, 16" (not a form's answer, "Mother: India").
    static func isPlaceGivenName(_ name: Token, rightAfter kinship: Token, in document: ScanDocument) -> Bool {
        placeGivenNames.contains(name, in: document) && name.start - kinship.end <= 2
            && !document.bytes[kinship.end..<name.start].contains(UInt8(ascii: ":"))
    }

    /// Places that are also given names.
    static let placeGivenNames: WordList = ["victoria", "georgia", "virginia", "carolina", "india", "jordan", "chad", "israel", "florida", "kenya", "paris", "sydney", "dallas", "austin", "brooklyn", "savannah", "chelsea", "devon", "lincoln"]

    func matches(in document: ScanDocument) -> [Match] {
        document.sharedMatches(of: description.id) { findMatches(in: document) }
    }

    /// Kinship words that say what a thing is for, in brackets, as often as who a person is: "PESEL (child)", "Rh (baby)".
    static let notRelationsInBrackets: WordList = ["child", "children", "baby", "boy", "girl", "kids", "twin", "enfant", "enfants", "kinder", "hijos", "filhos"]

    /// The name a kinship word says who is, written just before it: "Joy Brooks (aunt)", "Rose binti Majitol (isteri)", "Trần Thị
    /// Thu Hà (mẹ)", at the start of a cell or an item, "| Faadumo, mother |", or in the cell before, "| Ruby Hart | cousin |".
    static func nameBefore(kinship position: Int, in document: ScanDocument) -> Range<Int>? {
        let tokens = document.tokens, bytes = document.bytes
        let kinship = tokens[position]
        guard position >= 1, kinship.start >= 3 else { return nil }
        let after = kinship.end < bytes.count ? bytes[kinship.end] : UInt8(ascii: "\n")
        /// Whether only spaces, then a table's bar or the end of the line, follow an offset.
        func cellEnds(at offset: Int) -> Bool {
            var index = offset
            while index < bytes.count, bytes[index].isSpace { index += 1 }
            return index == bytes.count || bytes[index] == UInt8(ascii: "|") || bytes[index].isLineBreak || bytes[index] == UInt8(ascii: "(")
        }
        var nameEnd: Int
        var atCellStart = false
        if bytes[kinship.start - 1] == UInt8(ascii: "("), bytes[kinship.start - 2] == UInt8(ascii: " ") {
            // (Not a label's gloss: "Atstovas (guardian): mother Jurgita".)
            guard after == UInt8(ascii: ")") && !(kinship.end + 1 < bytes.count && bytes[kinship.end + 1] == UInt8(ascii: ":")) || after == UInt8(ascii: ","),
                  !Self.notRelationsInBrackets.contains(kinship, in: document) else { return nil }
            nameEnd = kinship.start - 2
        } else if bytes[kinship.start - 1] == UInt8(ascii: " "), bytes[kinship.start - 2] == UInt8(ascii: ","), cellEnds(at: kinship.end) {
            nameEnd = kinship.start - 2
            atCellStart = true
        } else {
            // The cell before: "| Ruby Hart | cousin |".
            var index = kinship.start - 1
            while index >= 0, bytes[index].isSpace { index -= 1 }
            // (Not a header row, "| Field | Proband | Brother |", over its delimiter row.)
            guard index >= 1, bytes[index] == UInt8(ascii: "|"), cellEnds(at: kinship.end), !Self.notRelationsInBrackets.contains(kinship, in: document),
                  !LocationRule.isHeaderRow(endingAfter: kinship.end, in: document) else { return nil }
            index -= 1
            while index >= 0, bytes[index].isSpace { index -= 1 }
            nameEnd = index + 1
            atCellStart = true
        }
        let last = position - 1
        guard tokens[last].end == nameEnd, !tokens[last].isNumber, document.isCapitalised(tokens[last]), !document.isAllCaps(tokens[last]) else { return nil }
        var first = last
        while first >= 1, last - first < 4, !tokens[first - 1].isNumber, tokens[first - 1].end + 1 == tokens[first].start,
              bytes[tokens[first - 1].end] == UInt8(ascii: " "), document.isCapitalised(tokens[first - 1]) || tokens[first - 1].isIn(.nameParticles) {
            first -= 1
        }
        guard let start = (first...last).first(where: { document.isCapitalised(tokens[$0]) && PersonNames.nameRun(tokens, from: $0, in: document).upperBound == last + 1 }) else { return nil }
        if atCellStart {
            var index = tokens[start].start - 1
            while index >= 0, bytes[index].isSpace || bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "_") { index -= 1 }
            guard index < 0 || bytes[index] == UInt8(ascii: "|") || bytes[index].isLineBreak || bytes[index] == UInt8(ascii: "-") else { return nil }
        }
        let name = tokens[start], surname = tokens[last]
        guard !name.isIn(.stopwords), !name.isIn(.titles), !name.isIn(.countries), !name.isIn(.genericWords), !name.isIn(.kinship),
              !surname.isIn(.genericWords), !surname.isIn(.facilityWords), !Lexicon.eponyms.contains(surname, in: document),
              !Lexicon.englishWords.contains(name, in: document) || Lexicon.firstNames.contains(name, in: document)
                || Lexicon.firstNamesWithWords.contains(name, in: document) else { return nil }
        return name.start..<surname.end
    }

    private func findMatches(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens
        var matches: [Match] = []
        for (position, token) in tokens.enumerated() where !token.isNumber {
            guard token.isIn(.kinship), token.zone != .reference else { continue }
            if let name = Self.nameBefore(kinship: position, in: document) {
                matches.append(Match(name, "relative's name"))
            }
            if let described = Self.describedByRole(kinship: position, in: document) {
                matches.append(Match(described, "relative described by a role"))
            }
            // "a Kangaroo Mother Care room": a capitalised kinship word inside a capitalised name, mid-sentence.
            if document.isCapitalised(token), !document.isAllCaps(token), position >= 1, tokens[position - 1].end + 1 == token.start,
               document.bytes[tokens[position - 1].end] == UInt8(ascii: " "), !tokens[position - 1].isNumber, document.isCapitalised(tokens[position - 1]),
               !document.isAllCaps(tokens[position - 1]), !document.startsSentence(tokens[position - 1]), !tokens[position - 1].isIn(.possessives),
               !tokens[position - 1].isIn(.stopwords), !tokens[position - 1].isIn(.titles) { continue }
            // "Graham Haigh is her nephew": a name, then "is/was her <kinship>".
            if position >= 4, tokens[position - 1].isIn(.possessives),
               ["is", "was"].contains(document.lowercased(tokens[position - 2].range)) {
                var first = position - 3
                while first >= 1, position - 3 - first < 2, document.isCapitalised(tokens[first - 1]), !tokens[first - 1].isNumber, tokens[first - 1].end + 1 == tokens[first].start { first -= 1 }
                let surname = tokens[position - 3]
                if !surname.isNumber, document.isCapitalised(surname), !surname.isIn(.stopwords), !Lexicon.eponyms.contains(surname, in: document),
                   !document.isAllCaps(surname), !tokens[first].isIn(.stopwords),
                   PersonNames.nameRun(tokens, from: first, in: document).upperBound >= position - 2 {
                    matches.append(Match(tokens[first].start..<surname.end, "relative's name"))
                    continue
                }
            }
            // "her son Michael", "his wife, Anne", "daughter (Dr Amelia Hart)"
            var next = position + 1
            if next < tokens.count, document.lowercased(tokens[next].range) == "s", tokens[next].start <= token.end + 1 { continue }
            // ("Mother:          Amal Hizam": a form's field, its value lined up after the colon.)
            guard next < tokens.count, document.onlySpaces(token.end..<tokens[next].start, allowing: [UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ":"), UInt8(ascii: "*"), UInt8(ascii: "_")]),
                  tokens[next].start - token.end <= 4
                    || tokens[next].start - token.end <= 32 && document.bytes[token.end] == UInt8(ascii: ":") && document.bytes[tokens[next].start - 2] == UInt8(ascii: " ") else { continue }
            if document.lowercased(tokens[next].range) == "of", next + 1 < tokens.count, document.isCapitalised(tokens[next + 1]) { next += 1 }
            var start = tokens[next].start
            if PersonNames.titles.contains(document.lowercased(tokens[next].range)), next + 1 < tokens.count {
                next += 1
            }
            var run = PersonNames.nameRun(tokens, from: next, in: document)
            // "sometimes w partner krista": a given name in a note written in lowercase.
            if run.isEmpty, next < tokens.count, tokens[next].start == token.end + 1, PersonNames.isLowercaseGivenName(tokens[next], in: document) {
                run = next..<(next + 1)
            }
            // "her partner, Jordan,", "her brother Jordan, 16": a place's name used as a given name, alone (`isPlaceGivenName`).
            if run.isEmpty, next < tokens.count, Self.isPlaceGivenName(tokens[next], rightAfter: token, in: document), document.isCapitalised(tokens[next]),
               !document.isAllCaps(tokens[next]), next + 1 >= tokens.count || tokens[next + 1].isNumber || !document.isCapitalised(tokens[next + 1]) || tokens[next + 1].start > tokens[next].end + 1 {
                run = next..<(next + 1)
            }
            // "Father: Jordan Pilling", "her sister Georgia Mayes": a place's name used as a given name, with a surname after it.
            if run.isEmpty, next + 1 < tokens.count, Self.placeGivenNames.contains(tokens[next], in: document), document.isCapitalised(tokens[next]),
               tokens[next + 1].start == tokens[next].end + 1, !tokens[next + 1].isNumber, document.isCapitalised(tokens[next + 1]),
               !tokens[next + 1].isIn(.stopwords), !tokens[next + 1].isIn(.genericWords),
               !tokens[next + 1].isIn(.countries) {
                run = next..<(next + 2)
            }
            // "PECARN and CATCH", "of Samoan heritage": an acronym or a people, not a name.
            if !run.isEmpty, document.isAllCaps(tokens[run.lowerBound]) && tokens[run.lowerBound].end - tokens[run.lowerBound].start >= 3
                // "His mother: QTc 478 ms".
                || tokens[run.lowerBound].end - tokens[run.lowerBound].start <= 4 && !document.isAllCaps(tokens[run.lowerBound])
                    && NameRule.hasInnerCapital(tokens[run.lowerBound], in: document)
                // ("Father: Jordan Pilling": a country's name followed by a surname is a given name.)
                // (Not "her partner, Jordan,": a place that is a given name, `isPlaceGivenName`.)
                || run.count == 1 && tokens[run.lowerBound].isIn(.countries)
                    && !Self.isPlaceGivenName(tokens[run.lowerBound], rightAfter: token, in: document)
                // "twin B", "Twin II": a letter or a numeral that tells twins apart.
                || run.count == 1 && (tokens[run.lowerBound].end - tokens[run.lowerBound].start == 1
                    || tokens[run.lowerBound].end - tokens[run.lowerBound].start <= 3 && document.bytes[tokens[run.lowerBound].range].allSatisfy({ "IVX".utf8.contains($0) }))
                // "Her grandmother, Dadi (Kamla Sharma)", "Baby Girl", "great-grandmother, Badi Amma": a kinship word or an elder's title, not a name.
                // (Only after a grandparent's or a baby's word: "her daughter Lola" is a name that is a grandmother's word elsewhere; nor after
                // a title: "Mzee Ouma".)
                || !run.isEmpty && tokens[run.upperBound - 1].isIn(.kinship) && !(run.lowerBound >= 1 && tokens[run.lowerBound - 1].isIn(.titles))
                    && { let word = document.lowercased(token.range); return word.hasPrefix("grand") || word.hasPrefix("great-grand") || word == "baby" || word == "twin" }()
                // "high-risk children (Kobayashi score ≥ 4)": an eponym.
                || !run.isEmpty && run.upperBound < tokens.count && tokens[run.upperBound].start == tokens[run.upperBound - 1].end + 1
                    && PersonNames.eponymNounsAfterName.contains(tokens[run.upperBound], in: document)
                // "Child Pugh class B": a capitalised kinship word that begins an eponym (not "Nephew Curtis built …").
                || run.count == 1 && document.isCapitalised(token) && Lexicon.eponyms.contains(token, in: document)
                    && Lexicon.eponyms.contains(tokens[run.lowerBound], in: document)
                // "Child Welfare Services", "Family Support Team": an organisation.
                // ("the Child Abuse Prevention and Treatment Act": a law, its words running on past the name.)
                // (Only when the kinship word is capitalised and so starts the name: "his daughter Nkechi and Care Act advocates", "Her
                // daughter Amaka Care Assistant" are relatives.)
                || !run.isEmpty && Self.organisationEnds.contains(tokens[run.upperBound - 1], in: document)
                || !run.isEmpty && document.isCapitalised(token) && !Lexicon.firstNames.contains(tokens[run.lowerBound], in: document)
                    && (tokens[run].contains { Self.organisationEnds.contains($0, in: document) } || Self.runsOnToALaw(from: run.upperBound, in: document))
                // "a boy of Southeast Asian ancestry", "of East African descent": a people, not a name.
                || !run.isEmpty && run.lowerBound >= 1 && document.bytes[tokens[run.lowerBound - 1].range].elementsEqual("of".utf8) && (run.upperBound..<min(tokens.count, run.upperBound + 2)).contains { Self.descentWords.contains(tokens[$0], in: document) }
                { run = run.lowerBound..<run.lowerBound }
            // "His wife Оксана", "granddaughter Μαρία", "κόρη Κατερίνα Τσολάκη", "the granddaughter, נועה": a name in Greek, Cyrillic,
            // Hebrew or Arabic letters (one or two words), which have no capitals to tell a name by.
            // (Not a gloss in brackets: "His wife (дружина) was present"; nor after a comma when the kinship word is in that script
            // too: "невідомий чоловік, тимчасовий №" is "unknown man, temporary number".)
            if run.isEmpty, next < tokens.count, Self.isOtherScriptWord(tokens[next], in: document), tokens[next].start - token.end <= 3,
               !document.bytes[token.end..<tokens[next].start].contains(UInt8(ascii: "(")),
               document.bytes[token.start] < 0x80 || document.onlySpaces(token.end..<tokens[next].start, allowing: [UInt8(ascii: ":")]) {
                run = next..<(next + 1)
                if next + 1 < tokens.count, tokens[next + 1].start == tokens[next].end + 1, document.bytes[tokens[next].end] == UInt8(ascii: " "),
                   Self.isOtherScriptWord(tokens[next + 1], in: document) { run = next..<(next + 2) }
            }
            if !run.isEmpty {
                let first = tokens[run.lowerBound]
                if first.start != start, !PersonNames.titles.contains(document.lowercased(tokens[position + 1].range)) { start = first.start }
                matches.append(Match(start..<tokens[run.upperBound - 1].end, "relative's name"))
                // "his children, Erik and Sofie", "her sons Tom and Ben": a second name joined by "and".
                if run.upperBound + 1 < tokens.count, document.bytes[tokens[run.upperBound].range].elementsEqual("and".utf8),
                   tokens[run.upperBound].start == tokens[run.upperBound - 1].end + 1, tokens[run.upperBound + 1].start == tokens[run.upperBound].end + 1 {
                    let second = PersonNames.nameRun(tokens, from: run.upperBound + 1, in: document)
                    if !second.isEmpty, !Lexicon.englishWords.contains(tokens[second.lowerBound], in: document) || Lexicon.firstNames.contains(tokens[second.lowerBound], in: document),
                       !tokens[second.lowerBound].isIn(.countries), !Lexicon.eponyms.contains(tokens[second.lowerBound], in: document) {
                        matches.append(Match(tokens[second.lowerBound].start..<tokens[second.upperBound - 1].end, "relative's name"))
                    }
                }
                continue
            }
            // "Tomasz, her husband": a name just before ", her/his/their <kinship>".
            if position >= 2, tokens[position - 1].isIn(.possessives) || document.lowercased(tokens[position - 1].range) == "the" {
                let name = tokens[position - 2]
                if !name.isNumber, document.isCapitalised(name), document.onlySpaces(name.end..<tokens[position - 1].start, allowing: [UInt8(ascii: ",")]),
                   document.bytes[name.end..<tokens[position - 1].start].contains(UInt8(ascii: ",")),
                   !PersonNames.stopwords.contains(document.lowercased(name.range)), !Lexicon.eponyms.contains(name, in: document),
                   !document.isAllCaps(name),
                   // ("Throughout, his wife kept a journal": a word of the sentence, not her name.)
                   !Lexicon.englishWords.contains(name, in: document) || Lexicon.firstNames.contains(name, in: document)
                    || Lexicon.firstNamesWithWords.contains(name, in: document) {
                    matches.append(Match(name.range, "relative's name"))
                }
            }
        }
        matches += EastAsianScript.relatives(in: document).map { Match($0, "relative's name") }
        matches.removeAll { PersonNames.isInTitledEponym($0.range, in: document) }
        // "a baby boy, Apgar 6 and 8": a score named after a person, its value after it.
        matches.removeAll { match in
            guard let only = document.tokenIndex(startingAt: match.start), document.tokens[only].end == match.end, only + 1 < document.tokens.count,
                  document.tokens[only + 1].isNumber, document.tokens[only + 1].start == match.end + 1 else { return false }
            return Lexicon.eponyms.contains(document.tokens[only], in: document)
        }
        // "her sister Graves' disease": an eponym's disease after a kinship word, not a relative's name.
        matches.removeAll { match in
            guard let last = document.lastTokenIndex(endingBy: match.end), document.tokens[last].end == match.end else { return false }
            return Lexicon.eponyms.contains(document.tokens[last], in: document) && PersonNames.isEponymUse(document.tokens, at: last, in: document)
        }
        // "The brothers Pedro and Josep Brugada described the syndrome in 1992": a discovery, not a family.
        matches.removeAll { PersonNames.isDiscovery(after: $0.end, in: document, latest: 1999) }
        // "Her older sisters, Ruby (4) and Grace (2)": the other names of a list after one found.
        matches += NameRule.givenNamesListedAfter(matches, kind: "relative's name", in: document)
        return matches + PersonNames.otherMentions(of: matches, kind: "relative's name", in: document)
    }
}
