/// `privacy.postal-code`: UK, Canadian and Irish postcodes by their distinctive shape; US ZIP codes,
/// Australian and Indian postcodes where a state or a label says what the digits are.
struct PostalCodeRule: TextRule {
    let description = RuleDescription(
        id: "privacy.postal-code",
        summary: "Postal code",
        rationale: "A postcode narrows a patient to a few streets (HIPAA Safe Harbor §164.514(b)(2)(i)(B) allows at most the first three digits of a ZIP code).",
        defaultSeverity: .error,
        hint: "Remove the postcode; a region or \"rural\" / \"urban\" is enough for teaching.",
        passing: [
            "Fat measures about -100 HU, not -1000 HU.\n\nFor example, air.",
            "The final stage was FIGO 2023 IA (T1aN0M0 in the TNM system).",
            "## Clerking (FY2)\n\nPhoto IMG-20250314-WA0017.jpg attached.",
            "Medicaid OH-MCD 991 204 553 on file.",
            "The DICOM tags (0018,0050) Slice Thickness and (0010, 0010) Patient's Name; LOINC 24627-2 (CT chest).",
            "T2N1M0 adenocarcinoma; JAK2 V617F; the ICD code J18 9.",
            "Potassium 5.5 in 10000 units; CA 19-9 was 37.",
            "Stage IIIB, 2 cm; HbA1c 48 mmol/mol; Platelets 250000; seen in Lyon, 2019; Street food, 2021; OMIM 235200.",
            "He moved to 14 Bairds Rd in Auckland 2019 and back in 2021; Rowan Street, Ballarat 2020 floods.",
            "In Queensland 2019 was a wet year; Victoria 3000 people; New South Wales 2020 figures; Tasmania 2021; Queen Victoria 1837.",
            "Timeline:\n\n0118 GCS 9 — intubated.\n2019 Guidelines recommend a repeat scan; 120 80 mmHg.",
            "| TTR | c.-61G>A | Benign (BA1) |",
            "## References\n\n1. 北京医学会. 邮编 100710 地区调查. 中华医学杂志 2020; 100: 5–9.",
            "In 2019 Paris hosted it · 2019 Paris Agreement · 12000 London residents.",
        ],
        failing: [
            "She lives at 6 Cherry Tree Close, Shrewsbury ⟦SY3 7PL⟧.",
            "כתובת: קרית אתא  מיקוד ⟦2803614⟧",
            "Record:\n\n    \"state\": \"CA\", \"postalCode\": \"⟦95442⟧\"\n    <postalCode>⟦79199⟧</postalCode>",
            "Feed:\nPID|1||123^^^HC^MR||DOE^JANE||19660214|F|||1 Main St^^Springfield^MN^⟦55421-1830⟧",
            "Address: Boston, MA ⟦02118⟧; Toronto ON ⟦M5V 2T6⟧.",
            "Postcode ⟦3550⟧ (Bendigo, VIC ⟦3550⟧); Eircode ⟦D06 K2P4⟧.",
            "Discharged:\n\nTo a unit in Moonah, Tasmania ⟦7009⟧; Bendigo, Victoria ⟦3550⟧ with his wife; Broome, Western Australia ⟦6725⟧; Orange, New South Wales ⟦2800⟧; Alice Springs, Northern Territory ⟦0870⟧.",
            "ZIP ⟦94110-1234⟧ on the form.",
            "Gärtnerstraße 17, ⟦10245 Berlin⟧; Van Woustraat 118-2, ⟦1073 LS Amsterdam⟧.",
            "12 rue des Lilas, ⟦69003 Lyon⟧; Kochi ⟦682016⟧; CEP ⟦01304-001⟧; ⟦〒164-0003⟧; ul. Miodowa 14, ⟦31-055 Kraków⟧.",
            "1432 Mahalefele Road, Dube, Soweto ⟦1804⟧.",
            "Hauptstraße 12\n⟦77704 Oberkirch⟧\n\n4, avenue du Général-Leclerc — ⟦67120 Molsheim⟧ — tél.\n\nStorgatan 8 B, lgh 1102, ⟦852 31 Sundsvall⟧ · hemtjänst",
            "Rua da Bandeira, 233, 2.º Esq., ⟦4900-561 Viana do Castelo⟧",
            "A village near Kōtuku Bay (⟦4294⟧); Sadashiva Layout, Bengaluru ⟦560 117⟧.\nTransferred to Tamworth Hospital, Tamworth ⟦2340⟧; she lives in Moeraki (⟦9482⟧); he lives in Rhiwbina (⟦CF14⟧); home in Galt, ⟦95632⟧.",
            "14 Bairds Rd, Ōtara, Auckland ⟦2023⟧. Dormitory: Blk 9, 8 Tuas South Ave 14, ⟦S 637312⟧.",
            "Address: Blk 12 Lot 8, Brgy. Bagong Silangan, Quezon City ⟦1119⟧; str. Principală nr. 212, cod poștal ⟦407280⟧. Dodge City 1990s.",
            "| 邮编 | ⟦465150⟧ |\n\n臺中市北屯區崇德路三段218號, ⟦406040⟧.",
            "> Isarhochuferweg 112 · ⟦81379 München⟧ · Tel.; Praxis · ⟦8001 Zürich⟧ · Tel.",
        ]
    )

    static let usStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
    ]
    static let australianStates: Set<String> = ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"]
    static let labels = ["postcode", "post code", "postal code", "zip code", "zipcode", "zip", "pin code", "pincode", "pin", "eircode",
                         "cep", "plz", "cap", "code postal", "código postal", "codigo postal", "〒", "cp", "c.p.",
                         // Romanian (with a comma or a cedilla under the s) and Greek: "cod poștal 407280", "ΤΚ 704 00".
                         "cod poștal", "cod poştal", "cod postal", "τκ", "τ.κ",
                         // Hebrew: "מיקוד 2803614".
                         "מיקוד",
                         // Vietnamese: "Mã bưu chính: 20800".
                         "mã bưu chính", "mã bưu điện"]

    func matches(in document: ScanDocument) -> [Match] {
        document.sharedMatches(of: description.id) { findMatches(in: document) }
    }

    private func findMatches(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches = EastAsianScript.postcodes(in: document).map { Match($0, "postal code") }
        for (label, end) in document.labels(.postalCode) {
            // "CP" is also cerebral palsy: only a code of four digits or more after it.
            if let range = LabelledValue.value(after: end, in: document, minimumDigits: label.hasPrefix("c") && label.count <= 4 ? 4 : 1), range.count <= 10 {
                matches.append(Match(range, "postal code"))
            }
        }
        let tokens = document.tokens
        // The Philippines: four digits after a city at the end of an address, "Quezon City 1119", "Marikina City, 1805".
        for position in tokens.indices.dropFirst().dropLast() where tokens[position].end - tokens[position].start == 4 && bytes[tokens[position].start] == UInt8(ascii: "C") {
            let city = tokens[position], code = tokens[position + 1]
            guard city.zone == .text, bytes[city.range].elementsEqual("City".utf8), document.isCapitalised(tokens[position - 1]), tokens[position - 1].end + 1 == city.start,
                  code.isNumber, code.end - code.start == 4, code.start == city.end + 1 || code.start == city.end + 2 && bytes[city.end] == UInt8(ascii: ","),
                  code.end == bytes.count || !bytes[code.end].isAlphanumeric && !(bytes[code.end] == UInt8(ascii: ".") && code.end + 1 < bytes.count && bytes[code.end + 1].isDigit) else { continue }
            matches.append(Match(code.range, "postal code"))
        }
        // (Every pattern here starts at a capital or a number.)
        for position in ScanDocument.merged(document.capitalisedWords, document.numbers) {
            let token = tokens[position]
            // UK: "SW1A 1AA", "M1 1AE", "SY3 7PL"; Canada: "M5V 2T6"; Ireland: "D06 K2P4".
            if document.bytes[token.start].isUpper, position + 1 < tokens.count {
                let outwardEnd = Self.alphanumericEnd(from: token.start, in: document)
                // (Each of the three has an outward part of two to four capitals and digits, a digit among them, and an inward part of
                // three or four: tested on the bytes before any text is made, since every capitalised word starts here.)
                if (2...4).contains(outwardEnd - token.start), bytes[token.start..<outwardEnd].contains(where: \.isDigit),
                   outwardEnd < bytes.count, bytes[outwardEnd] == UInt8(ascii: " "), token.start == 0 || !bytes[token.start - 1].isAlphanumeric {
                    let inwardEnd = Self.alphanumericEnd(from: outwardEnd + 1, in: document)
                    let outward = document.text(token.start..<outwardEnd), inward = document.text((outwardEnd + 1)..<inwardEnd)
                    if (3...4).contains(inwardEnd - outwardEnd - 1), inwardEnd == bytes.count || !bytes[inwardEnd].isAlphanumeric,
                       Self.isUKPostcode(outward, inward) || Self.isCanadian(outward, inward) || Self.isEircode(outward, inward) {
                        matches.append(Match(token.start..<inwardEnd, "postal code"))
                        continue
                    }
                }
            }
            guard token.isNumber, position >= 1, (4...5).contains(token.end - token.start), document.isAllCaps(tokens[position - 1]), !tokens[position - 1].isNumber else { continue }
            let previous = document.text(tokens[position - 1].range)
            // ("IMG-20250314-WA0017.jpg": a state and its code are written apart.)
            let gapOK = tokens[position - 1].end < token.start && document.onlySpaces(tokens[position - 1].end..<token.start, allowing: [UInt8(ascii: ",")])
            let length = token.end - token.start
            let followedByDigitOrLetter = token.end < bytes.count && (bytes[token.end].isLetterLike
                || (bytes[token.end] == UInt8(ascii: ".") && token.end + 1 < bytes.count && bytes[token.end + 1].isDigit))
            guard gapOK, !followedByDigitOrLetter else { continue }
            if Self.usStates.contains(previous), length == 5 {
                var end = token.end
                if end + 5 <= bytes.count, bytes[end] == UInt8(ascii: "-"), bytes[(end + 1)..<(end + 5)].allSatisfy(\.isDigit) { end += 5 }
                matches.append(Match(token.start..<end, "postal code"))
            } else if Self.australianStates.contains(previous), length == 4 {
                matches.append(Match(token.range, "postal code"))
            }
        }
        matches += afterAustralianStateNames(in: document, tokens: tokens)
        matches += beforeTown(in: document, tokens: tokens)
        matches += afterAddress(in: document, tokens: tokens)
        matches += bracketedOutwardCodes(in: document)
        // "\"postalCode\": \"45429\"", "<postcode>K2M 1V7</postcode>".
        matches += document.keyedValues(Self.postcodeKeys).filter { document.bytes[$0].contains(where: \.isDigit) }.map { Match($0, "postal code") }
        // Swedish and Czech codes in two groups before the town: "753 20 Uppsala", "110 00 Praha".
        for (position, token) in document.numbers.lazy.map({ ($0, tokens[$0]) }) where position + 2 < tokens.count && token.end - token.start == 3 && token.zone == .text {
            let second = tokens[position + 1], town = tokens[position + 2]
            guard second.isNumber, second.end - second.start == 2, second.start == token.end + 1, bytes[token.end] == UInt8(ascii: " "),
                  town.start == second.end + 1, !town.isNumber, document.isCapitalised(town), !document.isAllCaps(town),
                  token.start == 0 || !bytes[token.start - 1].isAlphanumeric && bytes[token.start - 1] != UInt8(ascii: ".") else { continue }
            matches.append(Match(token.start..<second.end, "postal code"))
        }
        return matches
    }

    /// The first digits of each Australian state's and territory's postcodes, by the last word of its name written in full
    /// (Australia Post's ranges: Victoria 3 and 8, Queensland 4 and 9, South Australia 5, Western Australia 6, Tasmania 7,
    /// Northern Territory 08 and 09, New South Wales 1 and 2, the Australian Capital Territory 02, 26 and 29).
    static let australianStateNames: [(words: [String], prefixes: [String])] = [
        (["tasmania"], ["7"]), (["victoria"], ["3", "8"]), (["queensland"], ["4", "9"]), (["south", "australia"], ["5"]),
        (["western", "australia"], ["6"]), (["northern", "territory"], ["08", "09"]), (["new", "south", "wales"], ["1", "2"]),
        (["australian", "capital", "territory"], ["02", "26", "29"]),
    ]

    /// A postcode after an Australian state or territory written in full, when its first digits are that state's: "Moonah,
    /// Tasmania ⟦7009⟧", "Broome, Western Australia ⟦6725⟧" (not "Queensland 2019", "Victoria 3000 people"). A code that could be a
    /// year ("New South Wales 2019") only after a comma, where it ends an address: "Orange, New South Wales ⟦2800⟧".
    private func afterAustralianStateNames(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for position in document.numbers where position >= 1 {
            let code = tokens[position], last = tokens[position - 1]
            guard code.end - code.start == 4, code.zone == .text, last.end + 1 == code.start, bytes[last.end] == UInt8(ascii: " "),
                  document.isCapitalised(last), !document.isAllCaps(last),
                  code.end == bytes.count || !bytes[code.end].isAlphanumeric && !(bytes[code.end] == UInt8(ascii: ".") && code.end + 1 < bytes.count && bytes[code.end + 1].isDigit) else { continue }
            let digits = document.text(code.range)
            for state in Self.australianStateNames where position >= state.words.count && state.prefixes.contains(where: digits.hasPrefix) {
                let first = position - state.words.count
                let words = tokens[first..<position]
                guard zip(words, state.words).allSatisfy({ document.lowercased($0.range) == $1 && document.isCapitalised($0) }),
                      zip(words, words.dropFirst()).allSatisfy({ $0.end + 1 == $1.start && bytes[$0.end] == UInt8(ascii: " ") }) else { continue }
                // After a town and a comma, or ending the phrase: not "Victoria 3000 people". A code that could be a year (only New
                // South Wales has such codes) only after a comma: not "New South Wales 2019".
                let afterComma = document.has(", ", at: tokens[first].start - 2)
                guard afterComma || !Self.isFollowedByLowercaseWord(code.end, in: document) && !(1900...2099).contains(Int(digits) ?? 0) else { continue }
                matches.append(Match(code.range, "postal code"))
            }
        }
        return matches
    }

    /// Codes in an address line: "12 rue des Lilas, 69003", "ul. Miodowa 14, 31-055", "Kochi 682016",
    /// "Osaka 556-0021", "〒164-0003".
    /// Whether a lowercase word (a unit or a noun) or a times sign follows a number: "2340 mg", "4870 cells", "4032 × 3024".
    static func isFollowedByLowercaseWord(_ end: Int, in document: ScanDocument) -> Bool {
        let index = afterSpaces(end, in: document)
        return index < document.bytes.count && document.bytes[index].isLower || isFollowedByTimesSign(end, in: document)
    }

    static let hl7Postcodes: Set<String> = ["PID-11.5", "NK1-4.5"]
    /// Keys of postal codes in JSON and XML, lowercased with "_" left out.
    static let postcodeKeys: Set<String> = ["postalcode", "postcode", "zip", "zipcode", "plz", "cep", "codigopostal", "codepostal", "pincode", "eircode"]
    /// UK doctors' training grades, written like outward codes: "FY2", "ST4", "CT1".
    static let trainingGrades: Set<String> = ["FY1", "FY2", "F1", "F2", "ST1", "ST2", "ST3", "ST4", "ST5", "ST6", "ST7", "ST8", "CT1", "CT2", "CT3", "GP1", "GP2", "GP3",
                                              // North American residents' years: "Prepared by P. Vukovich (R4)", "(EM R3)".
                                              "R1", "R2", "R3", "R4", "R5", "R6", "R7", "PGY1", "PGY2", "PGY3", "PGY4", "PGY5", "PGY6", "PGY7"]

    /// Whether a number is half of a DICOM tag, "(0018,0050)" or "(0010, 0010)": four hexadecimal digits each.
    static func isInDICOMTag(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        func isTag(at open: Int) -> Bool {
            guard open >= 0, open + 11 <= bytes.count, bytes[open] == UInt8(ascii: "(") else { return false }
            var index = open + 1
            for part in 0..<2 {
                for _ in 0..<4 {
                    guard index < bytes.count, bytes[index].isHexDigit else { return false }
                    index += 1
                }
                if part == 0 {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return false }
                    index += 1
                    if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
                }
            }
            return index < bytes.count && bytes[index] == UInt8(ascii: ")")
        }
        return token.end - token.start <= 4 && (isTag(at: token.start - 1) || isTag(at: token.start - 6) || isTag(at: token.start - 7))
    }

    /// Whether "×" follows a number: an image's size, "4032 × 3024".
    static func isFollowedByTimesSign(_ end: Int, in document: ScanDocument) -> Bool {
        let index = afterSpaces(end, in: document)
        return index + 1 < document.bytes.count && document.bytes[index] == 0xC3 && document.bytes[index + 1] == 0x97
    }

    /// The offset of the first byte from `offset` on that is not a space.
    private static func afterSpaces(_ offset: Int, in document: ScanDocument) -> Int {
        var index = offset
        while index < document.bytes.count, document.bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    /// UK outward codes in brackets after a place: "Rhiwbina (CF14)", "Hyde Park, Leeds (LS6)".
    private func bracketedOutwardCodes(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        var index = 0
        for open in document.offsets(of: [UInt8(ascii: "(")]) where open >= index {
            index = open + 1
            var end = index
            while end < bytes.count, end - index < 5, bytes[end].isUpper || bytes[end].isDigit { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: ")"), open >= 2, bytes[open - 1] == UInt8(ascii: " "), bytes[open - 2].isLower else { continue }
            let code = bytes[index..<end]
            let letters = code.prefix(while: \.isUpper).count
            let digits = code.dropFirst(letters).prefix(while: \.isDigit).count
            guard (1...2).contains(letters), (1...2).contains(digits), code.count - letters - digits <= 1, code.last!.isDigit || code.last!.isUpper && digits > 0 else { continue }
            var word = open - 1
            while word > 0, bytes[word - 1].isLetterLike { word -= 1 }
            // ("Clerking (FY2)", "the registrar (ST4)": a doctor's training grade, not Blackpool or Stoke.)
            guard bytes[word].isUpper, document.zone(at: index) == .text, !Self.trainingGrades.contains(String(decoding: code, as: UTF8.self)),
                  // ("Benign (BA1)", "Pathogenic (PVS1)": an ACMG criterion after a classification, which is an ordinary word.)
                  !Lexicon.englishWords.contains(bytes[word..<(open - 1)]) || LocationRule.placeEndings.contains(document, word..<(open - 1)) else { continue }
            matches.append(Match(index..<end, "postal code"))
        }
        return matches
    }

    private func afterAddress(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        // HL7 messages: the postcode of the patient's and the next of kin's address ("…^MN^55421-1830").
        matches += document.hl7Components.filter { Self.hl7Postcodes.contains($0.key) }.map { Match($0.range, "postal code") }
        for (position, token) in document.numbers.lazy.map({ ($0, tokens[$0]) }) where position >= 1 && token.zone == .text {
            // "(0018,0050) Slice Thickness": a DICOM tag's group and element.
            if Self.isInDICOMTag(token, in: document) { continue }
            // The code: 4–6 digits, or two digit groups joined by a hyphen (164-0003, 31-055, 01304-001).
            var end = token.end
            let length = token.end - token.start
            var joined = false
            if position + 1 < tokens.count, tokens[position + 1].isNumber, tokens[position + 1].start == token.end + 1, bytes[token.end] == UInt8(ascii: "-"),
               (2...5).contains(length), (3...4).contains(tokens[position + 1].end - tokens[position + 1].start) {
                end = tokens[position + 1].end
                joined = true
            }
            // "Bengaluru 560 117": an Indian PIN written in two groups of three after a capitalised town.
            if length == 3, position + 1 < tokens.count, tokens[position + 1].isNumber, tokens[position + 1].end - tokens[position + 1].start == 3,
               tokens[position + 1].start == token.end + 1, bytes[token.end] == UInt8(ascii: " "), !tokens[position - 1].isNumber,
               document.isCapitalised(tokens[position - 1]), bytes[tokens[position - 1].end..<token.start].elementsEqual(" ".utf8),
               !Lexicon.englishWords.contains(tokens[position - 1], in: document), bytes[token.start] != UInt8(ascii: "0"),
               tokens[position + 1].end == bytes.count || !bytes[tokens[position + 1].end].isAlphanumeric && bytes[tokens[position + 1].end] != UInt8(ascii: "/"),
               !(Self.isFollowedByLowercaseWord(tokens[position + 1].end, in: document)),
               // (not two groups of a longer number: "Medicaid OH-MCD 991 204 553")
               !(tokens[position + 1].end + 1 < bytes.count && bytes[tokens[position + 1].end] == UInt8(ascii: " ") && bytes[tokens[position + 1].end + 1].isDigit) {
                matches.append(Match(token.start..<tokens[position + 1].end, "postal code"))
                continue
            }
            // 〒 just before it.
            if joined, token.start >= 3, Array(bytes[(token.start - 3)..<token.start]) == [0xE3, 0x80, 0x92] {
                matches.append(Match((token.start - 3)..<end, "postal code"))
                continue
            }
            guard joined || (4...6).contains(length), end == bytes.count || !(bytes[end].isAlphanumeric || bytes[end] == UInt8(ascii: "-")),
                  token.start == 0 || !(bytes[token.start - 1].isAlphanumeric || bytes[token.start - 1] == UInt8(ascii: "-") || bytes[token.start - 1] == UInt8(ascii: "/")) else { continue }
            let yearLike = !joined && length == 4 && (1900...2099).contains(Int(document.text(token.range)) ?? 0)
            let previous = tokens[position - 1]
            let gap = bytes[previous.end..<token.start]
            // "Blk 9, 8 Tuas South Ave 14, S 637312": a Singapore code after its "S".
            if length == 6, !previous.isNumber, bytes[previous.range].elementsEqual("S".utf8), gap.elementsEqual(" ".utf8), previous.start >= 2,
               bytes[previous.start - 2] == UInt8(ascii: ",") {
                matches.append(Match(previous.start..<end, "postal code"))
                continue
            }
            // A four-digit code that reads as a year is a postcode only at the end of a street address: "14 Bairds Rd, Ōtara, Auckland 2023".
            if yearLike {
                guard !previous.isNumber, document.isCapitalised(previous), !document.isAllCaps(previous), gap.elementsEqual(" ".utf8),
                      end == bytes.count || !bytes[end].isLetterLike && !Self.isFollowedByLowercaseWord(end, in: document) else { continue }
                var index = position - 2
                var address = false
                while index >= 1, position - index <= 8, !bytes[tokens[index].end..<tokens[index + 1].start].contains(where: \.isLineBreak) {
                    if tokens[index].isIn(.streetSuffixes), document.isCapitalised(tokens[index]),
                       document.isCapitalised(tokens[index - 1]), index >= 2, tokens[index - 2].isNumber, tokens[index - 2].end - tokens[index - 2].start <= 4 {
                        address = true
                        break
                    }
                    index -= 1
                }
                if address { matches.append(Match(token.range, "postal code")) }
                continue
            }
            // After a capitalised town that is not an ordinary word: "Kochi 682016", "Osaka 556-0021".
            if !previous.isNumber, document.isCapitalised(previous), !document.isAllCaps(previous),
               gap.allSatisfy({ $0.isSpace || $0 == UInt8(ascii: ",") }) && gap.count <= 2 || gap.elementsEqual(" - ".utf8) || gap.elementsEqual(" – ".utf8),
               (length == 6 || joined), !Lexicon.englishWords.contains(previous, in: document) {
                matches.append(Match(token.start..<end, "postal code"))
                continue
            }
            // A town in a list of places: "Hospital, Tamworth 2340", "Manunda, Cairns 4870".
            if !previous.isNumber, document.isCapitalised(previous), !document.isAllCaps(previous), gap.elementsEqual([UInt8(ascii: " ")]), (4...5).contains(length),
               position >= 2, document.isCapitalised(tokens[position - 2]) || tokens[position - 2].isNumber,
               bytes[tokens[position - 2].end..<previous.start].elementsEqual(", ".utf8), !previous.isIn(.countries),
               // ("…, Medicare 4017 62295 3": a card's label, not a town.)
               !previous.isIn(.labelWords),
               end == bytes.count || !Self.isFollowedByLowercaseWord(end, in: document) {
                matches.append(Match(token.start..<end, "postal code"))
                continue
            }
            // A US ZIP after a town named as where someone lives: "their home in Galt, 95632".
            if !previous.isNumber, document.isCapitalised(previous), gap.elementsEqual(", ".utf8), length == 5, position >= 2,
               ["in", "from", "of"].contains(document.lowercased(tokens[position - 2].range)), !previous.isIn(.countries) {
                matches.append(Match(token.start..<end, "postal code"))
                continue
            }
            // A town and its code on a line of their own, as in an address block: "      Antipolo 1870".
            if !previous.isNumber, document.isCapitalised(previous), gap.elementsEqual([UInt8(ascii: " ")]), (4...6).contains(length),
               end == bytes.count || bytes[end].isLineBreak, previous.start == 0 || bytes[..<previous.start].reversed().prefix(while: { !$0.isLineBreak }).allSatisfy(\.isSpace),
               !Lexicon.englishWords.contains(previous, in: document) {
                matches.append(Match(token.start..<end, "postal code"))
                continue
            }
            // In brackets after a place: "Moeraki (9482)".
            // (Not "John Cheyne (1818)": a year in brackets after a name.)
            if !previous.isNumber, document.isCapitalised(previous), gap.elementsEqual(" (".utf8), (4...5).contains(length), end < bytes.count, bytes[end] == UInt8(ascii: ")"),
               length == 5 || !(1500...2099).contains(Int(document.text(token.range)) ?? 0),
               // ("Kōtuku Bay (4294)": a place's last word may be an ordinary one.)
               !Lexicon.englishWords.contains(previous, in: document) || previous.isIn(.placeEndings) && position >= 2
                && document.isCapitalised(tokens[position - 2]) && !Lexicon.englishWords.contains(tokens[position - 2], in: document),
               !previous.isIn(.stopwords) {
                matches.append(Match(token.start..<end, "postal code"))
                continue
            }
            // After a street address on the same line: ", 69003", "Dube, Soweto 1804".
            let afterTown = !previous.isNumber && document.isCapitalised(previous) && !document.isAllCaps(previous) && gap.count == 1
            guard (gap.contains(UInt8(ascii: ",")) && gap.count <= 2) || afterTown, !Self.isFollowedByTimesSign(end, in: document) else { continue }
            var index = position - 1
            var streetFound = false
            while index >= 0, !bytes[tokens[index].end..<tokens[index + 1].start].contains(where: \.isLineBreak), position - index <= 10 {
                // ("one close, one far. Image 4032 × 3024": a street's suffix is written with a capital.)
                if tokens[index].isIn(.streetSuffixes) && document.isCapitalised(tokens[index]) || LocationRule.hasJoinedStreetEnding(tokens[index], in: document, stem: 3) {
                    streetFound = true
                    break
                }
                if tokens[index].isIn(.streetWordsFirst) {
                    // "Rua Augusta, 1520": the number right after a street written word-first is the house number.
                    streetFound = tokens[(index + 1)..<position].contains(where: \.isNumber)
                    break
                }
                index -= 1
            }
            if streetFound {
                // "31-055 Kraków": the town right after the code.
                var stop = end
                if let town = document.token(startingAt: end + 1), document.isCapitalised(town), end < bytes.count, bytes[end] == UInt8(ascii: " ") { stop = town.end }
                matches.append(Match(token.start..<stop, "postal code"))
            }
        }
        return matches
    }

    /// European and other orders: "10245 Berlin", "69100 Villeurbanne", "1073 LS Amsterdam", "Singapore 520512",
    /// a postcode after a street address line ("Khayelitsha, 7784").
    private func beforeTown(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for (position, token) in document.numbers.lazy.map({ ($0, tokens[$0]) }) where (2...6).contains(token.end - token.start) && token.zone == .text {
            guard token.start == 0 || !(bytes[token.start - 1].isAlphanumeric || bytes[token.start - 1] == UInt8(ascii: "/") || bytes[token.start - 1] == UInt8(ascii: ".")),
                  token.end == bytes.count || !(bytes[token.end].isDigit || bytes[token.end] == UInt8(ascii: "/") || bytes[token.end] == UInt8(ascii: ".") && token.end + 1 < bytes.count && bytes[token.end + 1].isDigit) else { continue }
            guard position + 1 < tokens.count else { continue }
            let next = tokens[position + 1]
            // "1073 LS": four digits and two capitals.
            if token.end - token.start == 4, !next.isNumber, next.end - next.start == 2, document.isAllCaps(next), next.start == token.end + 1,
               position + 2 < tokens.count, document.isCapitalised(tokens[position + 2]), !Self.unitLetters.contains(document.text(next.range)),
               // ("FIGO 2023 IA", "stage 2009 IB": a staging system's edition, then the stage.)
               !(position >= 1 && ["figo", "stage", "staged", "ajcc", "tnm", "uicc"].contains(document.lowercased(tokens[position - 1].range))) {
                let town = tokens[position + 2]
                matches.append(Match(token.start..<(town.start == next.end + 1 ? town.end : next.end), "postal code and town"))
                continue
            }
            // "77704 Oberkirch" first on a line under the street, "avenue du Général-Leclerc — 67120 Molsheim", "4620-188 Lousada",
            // "852 31 Sundsvall": a code that starts an address line or follows a dash, then its town.
            if let match = Self.codeStartingLine(at: position, in: document) {
                matches.append(match)
                continue
            }
            guard token.end - token.start >= 4 else { continue }
            // "10245 Berlin": a capitalised place right after, in an address (a comma or street before it).
            let before = position >= 1 ? tokens[position - 1] : nil
            let afterComma = before.map { document.bytes[$0.end..<token.start].contains(UInt8(ascii: ",")) } ?? false
            if !next.isNumber, document.isCapitalised(next), next.start == token.end + 1, afterComma,
               !next.isIn(.stopwords), !next.isIn(.genericWords) {
                matches.append(Match(token.start..<next.end, "postal code and town"))
            } else if afterComma, let before, document.isCapitalised(before), !before.isNumber,
                      next.start > token.end, document.bytes[token.end] == UInt8(ascii: ",") || document.bytes[token.end] == UInt8(ascii: "."),
                      before.isIn(.cityNames) || position >= 2 && document.bytes[tokens[position - 2].end..<before.start].contains(UInt8(ascii: ",")) {
                // "Khayelitsha, 7784," after a street line
                matches.append(Match(token.range, "postal code"))
            } else if let before, ["singapore"].contains(document.lowercased(before.range)), token.end - token.start == 6 {
                matches.append(Match(before.start..<token.end, "postal code"))
            }
        }
        return matches
    }

    /// A postcode first on its line as written or after a spaced dash, and the town after it: four or five digits, or two
    /// groups joined by a hyphen (4620-188, 17-230) or a space (852 31). A four-digit code that reads as a year counts only
    /// before a known town; the town is capitalised, not an ordinary word, and no lowercase word follows it.
    static func codeStartingLine(at position: Int, in document: ScanDocument) -> Match? {
        let tokens = document.tokens, bytes = document.bytes
        let token = tokens[position]
        let length = token.end - token.start
        var end = token.end, next = position + 1
        if next + 1 < tokens.count, tokens[next].isNumber, tokens[next].start == token.end + 1,
           bytes[token.end] == UInt8(ascii: "-") && (2...4).contains(length) && (3...4).contains(tokens[next].end - tokens[next].start)
            || bytes[token.end] == UInt8(ascii: " ") && length == 3 && tokens[next].end - tokens[next].start == 2 {
            end = tokens[next].end
            next += 1
        } else if !(4...5).contains(length) {
            return nil
        }
        guard next < tokens.count, !tokens[next].isNumber, tokens[next].start == end + 1, bytes[end] == UInt8(ascii: " ") else { return nil }
        let town = tokens[next]
        // (Or, for a code no year is, a middle dot between an address's parts: "Isarhochuferweg 112 · 81379 München", "· 8001 Zürich",
        // not "· 2019 Paris Agreement".)
        let dashBefore = token.start >= 3 && (bytes[token.start - 2] == UInt8(ascii: "-") || document.isDash(at: token.start - 4)
                                              || bytes[token.start - 3] == 0xC2 && bytes[token.start - 2] == 0xB7
                                                  && (length == 5 || end != token.end || length == 4 && !(1900...2099).contains(Int(document.text(token.range)) ?? 0)))
            && bytes[token.start - 1] == UInt8(ascii: " ")
        // ("lgh 1102, 852 31 Sundsvall": a code in two groups after a comma too.)
        let commaBefore = end != token.end && token.start >= 2 && bytes[token.start - 2] == UInt8(ascii: ",") && bytes[token.start - 1] == UInt8(ascii: " ")
        guard dashBefore || commaBefore || document.startsWrittenLine(at: token.start, skipping: [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "\t")]),
              document.isCapitalised(town), town.end - town.start >= 3,
              !town.isIn(.stopwords), !town.isIn(.genericWords),
              !town.isIn(.labelWords), !town.isIn(.titles) else { return nil }
        // (A large city counts as known only after a code in two groups or of five digits, which no year is: "31-871 Kraków", "81379
        // München", not "2019 Paris Agreement".)
        let known = Lexicon.towns.contains(town, in: document) || town.isIn(.cityNames)
            || (end != token.end || length == 5) && Lexicon.bigCities.contains(town, in: document)
        guard known || !Lexicon.englishWords.contains(town, in: document) && !Lexicon.eponyms.contains(town, in: document) else { return nil }
        // ("— 0118 GCS 9": a time, then a score.)
        if document.isAllCaps(town), !known { return nil }
        if end == token.end, length == 4, (1900...2099).contains(Int(document.text(token.range)) ?? 0), !known { return nil }
        // ("1432 Mahalefele Road": a house number and its street.)
        if next + 1 < tokens.count, tokens[next + 1].start == town.end + 1, tokens[next + 1].isIn(.streetSuffixes)
            || tokens[next + 1].isIn(.facilityWords) { return nil }
        // "4935-067 Viana do Castelo": a particle and the rest of the town's name.
        var townEnd = town.end
        if next + 2 < tokens.count, tokens[next + 1].start == town.end + 1, LocationRule.townConnectors.contains(tokens[next + 1], in: document),
           !document.isCapitalised(tokens[next + 1]), tokens[next + 2].start == tokens[next + 1].end + 1, document.isCapitalised(tokens[next + 2]) {
            townEnd = tokens[next + 2].end
        }
        // ("2019 Guidelines recommend…": a lowercase word after the town; not after a code in two groups before a known town, "…, 31-871
        // Kraków are in the scanned consent".)
        if townEnd == town.end, town.end + 1 < bytes.count, bytes[town.end] == UInt8(ascii: " "), bytes[town.end + 1].isLower, !(end != token.end && known) { return nil }
        return Match(token.start..<townEnd, "postal code and town")
    }

    static let unitLetters: Set<String> = ["IU", "ML", "MG", "KG", "MM", "CM", "BP", "HR", "PM", "AM", "UK", "US", "EU", "CT", "MR", "ED", "GP",
                                           // Hounsfield units: "-1000 HU".
                                           "HU"]

    static func alphanumericEnd(from start: Int, in document: ScanDocument) -> Int {
        var end = start
        while end < document.bytes.count, document.bytes[end].isDigit || document.bytes[end].isUpper { end += 1 }
        return end
    }

    static func isUKPostcode(_ outward: String, _ inward: String) -> Bool {
        let o = Array(outward), i = Array(inward)
        guard (2...4).contains(o.count), i.count == 3, i[0].isNumber, i[1].isLetter, i[2].isLetter, o[0].isLetter else { return false }
        guard !"CIKMOV".contains(i[1]), !"CIKMOV".contains(i[2]) else { return false }
        // Outward: A9, A9A, A99, AA9, AA9A, AA99.
        let shape = String(o.map { $0.isLetter ? "A" : "9" })
        return ["A9", "A9A", "A99", "AA9", "AA9A", "AA99"].contains(shape)
    }

    static func isCanadian(_ outward: String, _ inward: String) -> Bool {
        let o = Array(outward), i = Array(inward)
        return o.count == 3 && i.count == 3 && o[0].isLetter && o[1].isNumber && o[2].isLetter && i[0].isNumber && i[1].isLetter && i[2].isNumber
            && !"DFIOQUWZ".contains(o[0])
    }

    static func isEircode(_ outward: String, _ inward: String) -> Bool {
        let o = Array(outward), i = Array(inward)
        return o.count == 3 && o[0].isLetter && o[1].isNumber && (o[2].isNumber || o == ["D", "6", "W"]) && i.count == 4
            && i.contains(where: \.isNumber) && i.contains(where: \.isLetter)
    }
}
