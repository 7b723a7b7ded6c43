/// `privacy.phone`: telephone and fax numbers, national and international.
struct PhoneRule: TextRule {
    let description = RuleDescription(
        id: "privacy.phone",
        summary: "Telephone or fax number",
        rationale: "A number leads straight to a patient, a relative or a ward (HIPAA Safe Harbor §164.514(b)(2)(i)(D, E)).",
        defaultSeverity: .error,
        hint: "Remove the number; say \"the family was contacted\" instead.",
        passing: [
            "EU CT number 2023-503456-12-00.",
            "|  NDC 0078-0126-05 (example)   Keep below 25 °C    |",
            "BP 128/84, HR 112, SpO2 91% on 15 L/min.",
            "Seasons with her son, 2019 2020; her daughter 12 3 kg.",
            "Knee extension 10 degrees; the extension 2019 study; ext 12.",
            "Platelets 150-400 ×10⁹/L; INR 1.2; creatinine 84 µmol/L.",
            "doi:10.1136/thorax-2023-220304 and PMID 31234567.",
            "Seen in 2019, 2020 and 2021.",
            "Admitted at 14:30; reviewed 3 weeks later.",
            "Cohort of 138 0376 patients? No: 12 1234 5678 and 138 0376 05210 are not mobiles.",
            "Chat export:\n\n    09.05.2022 08:22  Patient: BP 150/95\n    15/05/2022 21:47  Patient: better",
        ],
        failing: [
            "PPSN on file · home ⟦095 21 847⟧, mobile ⟦087 915 2246⟧ · seen today",
            "Pårørende: mor, Lene Thomsen, ⟦29 73 15 04⟧; kontaktní osoba: matka Jana Veselá, ⟦472 771 209⟧.",
            "Follow-up call by the trauma nurse (⟦418 555-0110 poste 3327⟧).",
            "Puede solicitar la prueba llamando al ⟦33 3614 5520⟧.",
            "Her son can be reached on ⟦(415) 555-0142⟧.",
            "| NOK | Lim Bee Hoon (wife), ⟦6555 0123⟧ |",
            "Rota:\n\n| Day | Physio | Bleep |\n|---|---|---|\n| Sat | Bev | ⟦4417⟧ |",
            "Thanks, Matron Olatunji (RM) ⟦08055550139⟧; text ⟦07700900417⟧.",
            "Her daughter Hazel (⟦07700 900417⟧) lives locally; (⟦0161 496 0018⟧).",
            "Tel ⟦+44 20 7946 0958⟧, fax ⟦020 7946 0959⟧.",
            "Mobile: ⟦0412 345 678⟧; ⟦+61 2 9876 5432⟧.",
            "Call ⟦613-555-0199 ext. 22⟧ or ⟦+14165550123⟧.",
            "Ring the ward on ⟦555-0176⟧.",
            "Signed: Dr R. Kaur, FY2, bleep ⟦4417⟧; endo on call pgr ⟦4417⟧; my mobile on file, pager ⟦6723⟧.",
            "CF bleep ⟦447⟧; bleep me ⟦2286⟧; PharmD, ext ⟦3-7781⟧; pgr ⟦555-0172⟧; infirmière pivot (poste ⟦42118⟧).",
            "Tel. ⟦258 809 412⟧ · Contacto: ⟦926 114 308⟧ · sekretariat ⟦12 614 27 30⟧.",
            "| 联系电话 | ⟦138 0376 0521⟧ |\n\n注册手机: ⟦139-1555-0726⟧",
            "Padre: Wilber   Cel. ⟦951 555 208⟧",
        ]
    )

    static let labels = ["tel", "telephone", "phone", "ph", "mob", "mobile", "cell", "fax", "call", "contact", "reached on",
                         "reachable on", "ring", "number", "no.", "pager", "whatsapp", "landline", "helpline", "rang",
                         "contacted on", "called on", "texted on", "phoned on", "contact number", "handphone", "hp", "cell no",
                         // "home 095 21 847, mobile 087 915 2246": whose line it is.
                         "home", "work", "office",
                         // In other languages: "Contacto: 926 114 308", "sekretariat 12 614 27 30", "Tfno. 968 55 01 93".
                         "contacto", "contato", "sekretariat", "secretaria", "secrétariat", "telefono", "teléfono", "telefone", "telefon", "tél",
                         "tlf", "tfno", "móvil", "celular", "handy", "natel", "telemóvel", "cel", "cel.",
                         // Mongolian: "Утас: 9911 4827".
                         "утас",
                         // "phoning from 987 314 652": the line a caller rang from.
                         "phoning from", "calling from", "called from", "rang from", "texted from", "texting from", "messaged from",
                         // "llamando al 33 3614 5520", "ligue para 11 3456 7890", "appelez le 06 12 34 56 78": call, in Spanish, Portuguese and French.
                         "llamando al", "llamar al", "llame al", "ligar para", "ligue para", "ligando para", "appelez le", "appeler le", "composez le"]
    static let notPhoneLabels = ["doi", "pmid", "pmc", "isbn", "issn", "nct", "icd", "mrn", "nhs", "ssn", "medicare", "ur",
                                 "policy", "account", "licence", "license", "serial", "imei", "lot", "vin", "id",
                                 "ref", "cat", "catalogue", "catalog", "model", "gtin", "firmware", "version",
                                 // A drug's National Drug Code: "NDC 0078-0126-05".
                                 "ndc"]

    /// Headers of columns of telephone, pager and extension numbers.
    static let phoneHeaders: WordList = ["bleep", "pager", "ext", "ext.", "extension", "phone", "tel", "tel.", "telephone", "mobile", "cell", "contact no",
                                         "contact number", "phone number", "téléphone", "telephone no", "teléfono", "telefone", "telefon", "celular", "móvil", "handy"]

    func matches(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches = document.headerMatches(.phone, "telephone number") + EastAsianScript.chineseMobiles(in: document).map { Match($0, "telephone number") }
        // A number starts with a digit — the start of a number token — or with "+" or "(" (found with memchr): only those places
        // are looked at, in order.
        var starts = document.offsets(ofAny: [UInt8(ascii: "+"), UInt8(ascii: "(")])
        starts += document.numbers.map { document.tokens[$0].start }
        starts.sort()
        var index = 0
        for candidate in starts where candidate >= index {
            index = candidate
            let byte = bytes[index]
            let isStart = (byte.isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "("))
                && (index == 0 || !(bytes[index - 1].isAlphanumeric || bytes[index - 1] == UInt8(ascii: ".") || bytes[index - 1] == UInt8(ascii: "/")
                    || bytes[index - 1] == UInt8(ascii: ":") || bytes[index - 1] == UInt8(ascii: "-")))
            guard isStart else { continue }
            var end = index
            var digits = 0
            // Digit group lengths, four bits each, so that the many numbers too short to be phones cost no allocation.
            var packedGroups: UInt64 = 0
            var groupCount = 0
            var current = 0
            func endGroup() {
                if groupCount < 16 { packedGroups |= UInt64(min(current, 15)) << UInt64(4 * groupCount) }
                groupCount += 1
                current = 0
            }
            while end < bytes.count {
                let next = bytes[end]
                if next.isDigit {
                    digits += 1
                    current += 1
                } else if next == UInt8(ascii: " ") || next == UInt8(ascii: "-") || next == UInt8(ascii: ".") || next == UInt8(ascii: "(")
                            || next == UInt8(ascii: ")") || (next == UInt8(ascii: "+") && end == index) {
                    if current > 0 { endGroup() }
                    // A separator must be followed by a digit (or an opening parenthesis) to continue the number.
                    guard end + 1 < bytes.count, bytes[end + 1].isDigit || bytes[end + 1] == UInt8(ascii: "(") || (next == UInt8(ascii: ")") && bytes[end + 1] == UInt8(ascii: " ")) else { break }
                    if next == UInt8(ascii: ".") && current == 0 && end + 1 < bytes.count && !bytes[end + 1].isDigit { break }
                } else {
                    break
                }
                end += 1
            }
            if current > 0 { endGroup() }
            while end > index, !bytes[end - 1].isDigit { end -= 1 }
            defer { index = max(end, index + 1) }
            guard digits >= 7, digits <= 15, end > index else { continue }
            // At most 15 digits, so at most 15 groups of at most 15: the packing lost nothing.
            let groups = (0..<groupCount).map { Int((packedGroups >> UInt64(4 * $0)) & 0xF) }
            // Not a number that continues into letters or decimals (a measurement, a version).
            if end < bytes.count, bytes[end].isLetterLike, !(end + 1 < bytes.count && bytes[end].lowercased == UInt8(ascii: "x") && bytes[end + 1].isDigit) { continue }
            // "(07700 900417)": a parenthesis around the whole number, not around an area code.
            let start = bytes[index] == UInt8(ascii: "(") && !bytes[index..<end].contains(UInt8(ascii: ")")) ? index + 1 : index
            let text = document.text(start..<end)
            let decimalLike = text.includes(".") && !text.includes(" ") && groups.count <= 2
            if decimalLike || Self.looksLikeDate(groups: groups, text: text, timeFollows: end < bytes.count && bytes[end] == UInt8(ascii: ":")) { continue }
            let before = Self.context(before: start, in: document)
            if Self.notPhoneLabels.contains(where: { Self.endsWith(before, word: $0) }) { continue }
            let international = text.hasPrefix("+") && digits >= 8
            let nanp = Self.isNANP(groups: groups, text: text)
            let trunk = text.hasPrefix("0") && (9...11).contains(digits) && groups.count >= 2
                // A mobile written as one run of eleven digits: "07700900417", "08055550139" (Nigeria's 070, 080, 081, 090, 091).
                || groups == [11] && ["07", "080", "081", "090", "091"].contains { text.hasPrefix($0) }
            let parenthesised = text.hasPrefix("(") && groups.count >= 3
                // Indian mobiles: "98920 55507".
                || groups == [5, 5] && ["6", "7", "8", "9"].contains(text.first!)
            guard international || nanp || trunk || parenthesised || Self.isLabelled(before)
                    // (Not years: "her son, 2019 2020".)
                    || Self.followsKinship(before) && !text.split(separator: " ").allSatisfy({ $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) }) else { continue }
            end = Self.extensionEnd(after: end, in: document)
            matches.append(Match(start..<end, "telephone number"))
        }
        // (Not the extension of a number already found: "0131 555 0199 ext 4412".)
        matches += internalNumbers(in: document).filter { number in !matches.contains { $0.range.overlaps(number.range) } }
        // A column of numbers to call: "| Bleep |" over "| 4417 |", "| Téléphone | 90 22 61 47 |" (four digits or more).
        for range in TableColumns.cells(in: document, headers: Self.phoneHeaders) where bytes[range].filter(\.isDigit).count >= 4
            && bytes[range].allSatisfy({ $0.isDigit || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ".") }) {
            matches.append(Match(range, "telephone number"))
        }
        return matches.filter { !IdentityNumberRule.isTrialRegistration($0.range, in: document) }
    }

    /// Words before a hospital's short internal number: "bleep 4417", "pgr 4417", "ext. 2231".
    static let internalNumberLabels = WordList(pagerLabelList + ["ext", "extn", "dect", "poste", "durchwahl"])
    /// Labels of pagers, whose numbers may be three digits: "bleep 447".
    static let pagerLabelList = ["bleep", "bleeper", "pager", "pgr"]
    static let pagerLabels = WordList(vocabulary: .pagerLabels, pagerLabelList)

    /// "bleep 4417", "pager 6723", "ext. 2231", "poste 42118": an internal number of four to six digits after its label (three
    /// after a pager's; "ext 3-7781" and "pgr 555-0172" in two groups; "bleep me 2286" with "me" between).
    private func internalNumbers(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var matches: [Match] = []
        for position in 1..<max(tokens.count, 1) where tokens[position].isNumber && (1...6).contains(tokens[position].end - tokens[position].start) {
            var label = tokens[position - 1], number = tokens[position]
            if position >= 2, !label.isNumber, bytes[label.range].elementsEqual("me".utf8), label.start == tokens[position - 2].end + 1 { label = tokens[position - 2] }
            guard !label.isNumber, Self.internalNumberLabels.contains(label, in: document) else { continue }
            let isPager = label.isIn(.pagerLabels)
            // Two groups joined by a hyphen: "3-7781", "555-0172".
            if position + 1 < tokens.count, tokens[position + 1].isNumber, tokens[position + 1].start == number.end + 1, bytes[number.end] == UInt8(ascii: "-"),
               (1...3).contains(number.end - number.start), (4...5).contains(tokens[position + 1].end - tokens[position + 1].start) {
                number = Token(start: number.start, end: tokens[position + 1].end, isNumber: true)
            } else if !((isPager ? 3 : 4)...6).contains(number.end - number.start) {
                continue
            }
            let before = tokens[position - 1].end
            guard label.zone == .text, number.start - before <= 3,
                  bytes[before..<number.start].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "#") }),
                  // The whole number: not "ext 4417-2" or "pager 6723.5".
                  number.end == bytes.count || !bytes[number.end].isAlphanumeric && !(number.end + 1 < bytes.count && (bytes[number.end] == UInt8(ascii: ".")
                    || bytes[number.end] == UInt8(ascii: "-") || bytes[number.end] == UInt8(ascii: "/")) && bytes[number.end + 1].isDigit) else { continue }
            matches.append(Match(number.range, "internal telephone number"))
        }
        return matches
    }

    /// Whether the words before a number name it a telephone number ("tel", "mobile", "reached on").
    static func isLabelled(_ before: String) -> Bool {
        // ("Tel. 258 809 412": a label's full stop.)
        let recentWords = before.split(whereSeparator: { !$0.isLetter && $0 != "." }).suffix(5).flatMap { word in
            word.hasSuffix(".") && word.count > 1 ? [String(word), String(word.dropLast())] : [String(word)]
        }
        return labels.contains { label in
            label.includes(" ") ? before.includes(label) : recentWords.contains(label)
        }
    }

    /// Whether the last word before a number is a relative, as a next-of-kin line writes a number: "| NOK | Lim Bee Hoon (wife),
    /// 6555 0123 |", "daughter 9123 4567".
    static func followsKinship(_ before: String) -> Bool {
        let words = before.split(whereSeparator: { !$0.isLetter })
        guard let last = words.last else { return false }
        if PersonNames.kinship.contains(String(last)) { return true }
        // "mor, Lene Thomsen, 29 73 15 04", "matka Jana Veselá, 472 771 209": the relative named, then a comma before the number.
        return before.hasSuffix(",") && words.dropLast().suffix(3).contains { PersonNames.kinship.contains(String($0)) }
    }

    /// Lowercased text of the 24 bytes before an offset on the same line, trimmed.
    static func context(before offset: Int, in document: ScanDocument) -> String {
        var start = offset
        while start > 0, offset - start < 24, !document.bytes[start - 1].isLineBreak { start -= 1 }
        let context = document.bytes[start..<offset].trimmingWhitespace().trimming([UInt8(ascii: ":"), UInt8(ascii: "#")]).trimmingWhitespace()
        return String(decoding: context.map(\.lowercased), as: UTF8.self)
    }

    /// Whether the context ends with a word or phrase as a whole ("serial numbers" does not end with "rs").
    static func endsWith(_ context: String, word: String) -> Bool {
        // (An ASCII word is compared over UTF-8 in place: the rules ask this of every word of a long list before every number, and
        // building the four phrases as strings for each took more time than the rest of the phone rule. A word with other letters
        // takes String's comparison, which also equates composed and decomposed accents.)
        if word.utf8.allSatisfy({ $0 < 0x80 }), let answer = context.utf8.withContiguousStorageIfAvailable({ text in
            let word = word.utf8
            for ending in Self.wordEndings where text.count >= word.count + ending.count {
                let start = text.count - word.count - ending.count
                guard text[start..<(start + word.count)].elementsEqual(word), text[(start + word.count)...].elementsEqual(ending) else { continue }
                if start == 0 { return true }
                let before = context[..<context.utf8.index(context.utf8.startIndex, offsetBy: start)].last
                if before == nil || !(before!.isLetter || before!.isNumber) { return true }
            }
            return false
        }) {
            return answer
        }
        for candidate in [word, word + ":", word + " number", word + " no"] where context == candidate || context.hasSuffix(candidate) {
            let before = context.dropLast(candidate.count).last
            if before == nil || !(before!.isLetter || before!.isNumber) { return true }
        }
        return false
    }

    /// What may follow the word at the end of the context in `endsWith`: "MRN", "MRN:", "MRN number", "MRN no".
    private static let wordEndings: [[UInt8]] = ["", ":", " number", " no"].map { Array($0.utf8) }

    static func isNANP(groups: [Int], text: String) -> Bool {
        let core = groups.first == 1 && groups.count == 4 ? Array(groups.dropFirst()) : groups
        guard core == [3, 3, 4] else { return false }
        let digits = text.filter(\.isNumber)
        let area = digits.dropFirst(digits.count == 11 ? 1 : 0)
        return area.first.map { $0 >= "2" } ?? false
    }

    /// Whether digit groups read as a date ("12/03/2021", "2021-03-12"): three groups of a date's lengths with one kind of separator.
    /// When a time's colon follows the number (`timeFollows`), a date and the hour of the time too: "09.05.2022 08" of
    /// "09.05.2022 08:22", not a number with a trunk prefix.
    static func looksLikeDate(groups: [Int], text: String, timeFollows: Bool = false) -> Bool {
        if timeFollows, groups.count == 4, let space = text.firstIndex(of: " ") {
            return looksLikeDate(groups: Array(groups.prefix(3)), text: String(text[..<space]))
        }
        let separators = Set(text.filter { $0 == "/" || $0 == "-" || $0 == "." })
        return groups.count == 3 && separators.count == 1 && (groups == [2, 2, 4] || groups == [1, 2, 4] || groups == [2, 1, 4]
            || groups == [1, 1, 4] || groups == [4, 2, 2] || groups == [2, 2, 2])
    }

    /// Extends a number over a following extension: ` ext. 22`, ` x22`.
    static func extensionEnd(after end: Int, in document: ScanDocument) -> Int {
        var index = end
        while index < document.bytes.count, document.bytes[index].isSpace { index += 1 }
        // ("poste 3327", "ramal 214", "anexo 4410", "Durchwahl 12": an extension in French, Portuguese, Spanish and German.)
        for marker in ["ext.", "ext", "extn", "x", "poste", "ramal", "anexo", "durchwahl"] where document.hasPrefix(marker, at: index) {
            var digitsEnd = index + marker.utf8.count
            while digitsEnd < document.bytes.count, document.bytes[digitsEnd].isSpace { digitsEnd += 1 }
            let firstDigit = digitsEnd
            while digitsEnd < document.bytes.count, document.bytes[digitsEnd].isDigit { digitsEnd += 1 }
            if digitsEnd > firstDigit, digitsEnd - firstDigit <= 6 { return digitsEnd }
        }
        return end
    }
}

import Foundation
