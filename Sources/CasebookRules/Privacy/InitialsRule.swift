/// `privacy.initials`: a person's initials ("pt J.S.", "Mrs AB"), not clinical abbreviations.
struct InitialsRule: TextRule {
    let description = RuleDescription(
        id: "privacy.initials",
        summary: "Person's initials",
        rationale: "Initials with the other details of a case can be enough to recognise a patient (HIPAA Safe Harbor §164.514(b)(2)(i)(A) covers names, initials included).",
        defaultSeverity: .error,
        hint: "Write \"the patient\" instead of initials.",
        passing: [
            "CT, MRI and ECG were normal; BP 120/80, HR 70; seen in ED, then ICU.",
            "The U.S. and U.K. guidelines differ; e.g. COPD and NSTEMI.",
            "Jane Doe, M.D., reviewed it. Vitamin D. Lead II.\n- CT and MRI were normal.\n— GP follow-up.",
        ],
        failing: [
            "Pt ⟦J.S.⟧ presented with fever.",
            "Mrs ⟦AB⟧ was seen in clinic; the patient ⟦K.L.M.⟧ was not.",
            "Initials ⟦J. D.⟧ only.",
            "The line list:\n| Case | Initials | Onset |\n|---|---|---|\n| 1 | ⟦GH⟧ | day 2 |\n| 2 | ⟦pk⟧ | day 3 |",
            "Mevrouw ⟦A.v.D.⟧ and pt ⟦j.s.⟧ were seen.\n— ⟦JM⟧, hospitalist",
        ]
    )

    /// Dotted abbreviations that are not initials ("U.S.", "N.B.", "M.D.").
    static let dottedAbbreviations = WordList(vocabulary: .dottedAbbreviations, ["us", "uk", "eu", "nb", "ps", "am", "pm", "bc", "ad", "md", "do", "rn", "np", "pa", "dc", "la", "ny", "nz", "un", "st", "jr", "sr", "ie", "eg"])

    static let abbreviations = WordList(vocabulary: .abbreviations, [
        "us", "uk", "eu", "nb", "ps", "am", "pm", "bc", "ad", "md", "do", "rn", "np", "pa", "ie", "eg", "cf", "vs", "op", "st",
        "jr", "sr", "ct", "mri", "ecg", "ekg", "bp", "hr", "rr", "ed", "icu", "ccu", "hdu", "copd", "iv", "im", "sc", "po", "pr",
        "ng", "gp", "ae", "gcs", "cpr", "dnr", "ppe", "nhs", "who", "uti", "mi", "cva", "tia", "dvt", "pe", "af", "ckd", "aki",
        "hiv", "tb", "ms", "als", "sle", "ra", "oa", "ibd", "gi", "ent", "ob", "gyn", "ot", "pt", "or", "er", "ok", "id", "no",
        "ua", "cxr", "abg", "vbg", "fbc", "cbc", "crp", "esr", "lft", "tft", "inr", "pt", "aptt", "bnp", "acs", "stemi", "cabg",
        "pci", "ct", "pet", "eeg", "emg", "lp", "csf", "bmi", "rbc", "wbc", "hb", "mcv", "ldl", "hdl", "ed", "ane", "mdt",
        "dob", "mrn", "nok", "dnar", "aed", "rosc", "sob", "nad", "tds", "bd", "od", "qds", "prn",
    ])

    /// "McL", "MacD", "McC": Mc or Mac and one capital.
    static func isMacInitial(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes[token.range]
        return (bytes.count == 3 && bytes.starts(with: "Mc".utf8) || bytes.count == 4 && bytes.starts(with: "Mac".utf8)) && bytes.last!.isUpper
    }

    func matches(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        let tokens = document.tokens
        var matches: [Match] = []
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            defer { position += 1 }
            guard !token.isNumber, token.zone != .reference else { continue }
            // Dotted initials: "J.S.", "J. D.", "K.L.M."
            if token.end - token.start == 1, bytes[token.start].isUpper, token.end < bytes.count, bytes[token.end] == UInt8(ascii: "."),
               token.start == 0 || !bytes[token.start - 1].isLetterLike && bytes[token.start - 1] != UInt8(ascii: ".") {
                var end = token.end + 1
                var letters = 1
                var next = position + 1
                // "A.v.D.": a lowercase particle between initials.
                while next < tokens.count, tokens[next].end - tokens[next].start == 1,
                      bytes[tokens[next].start].isUpper || (bytes[tokens[next].start].isLower && next + 1 < tokens.count && bytes[tokens[next + 1].start].isUpper),
                      tokens[next].start <= end + 1, document.onlySpaces(end..<tokens[next].start),
                      tokens[next].end < bytes.count, bytes[tokens[next].end] == UInt8(ascii: ".") {
                    end = tokens[next].end + 1
                    letters += 1
                    next += 1
                }
                // "A.McL.", "M.MacD.": a Scottish or Irish surname initial.
                if next < tokens.count, tokens[next].start == end, Self.isMacInitial(tokens[next], in: document), tokens[next].end < bytes.count,
                   bytes[tokens[next].end] == UInt8(ascii: ".") {
                    end = tokens[next].end + 1
                    letters += 1
                    next += 1
                }
                // "E.O'N.": an Irish or Scottish initial with an apostrophe.
                if next < tokens.count, tokens[next].start == end, tokens[next].end - tokens[next].start == 3, bytes[tokens[next].start].isUpper,
                   bytes[tokens[next].start + 1] == UInt8(ascii: "'"), tokens[next].end < bytes.count, bytes[tokens[next].end] == UInt8(ascii: ".") {
                    end = tokens[next].end + 1
                    letters += 1
                    next += 1
                }
                let letterString = String(decoding: bytes[token.start..<end].filter(\.isASCIILetter).map(\.lowercased), as: UTF8.self)
                if letters >= 2, letters <= 4, !Self.dottedAbbreviations.contains(letterString) {
                    // Followed by a capitalised surname it is a name, which privacy.name reports.
                    if next < tokens.count, document.isCapitalised(tokens[next]), !document.isAllCaps(tokens[next]), tokens[next].start <= end + 1 { position = next - 1; continue }
                    matches.append(Match(token.start..<end, "initials"))
                    position = next - 1
                    continue
                }
            }
            // "AMcL", "JMacD": initials with a Mac/Mc surname.
            if token.end - token.start >= 4, token.end - token.start <= 6, bytes[token.start].isUpper,
               let mac = (token.start + 1..<token.end).first(where: { bytes[$0] == UInt8(ascii: "M") && $0 + 2 < token.end && bytes[$0 + 1] == UInt8(ascii: "c") }),
               mac - token.start <= 2, (token.start..<mac).allSatisfy({ bytes[$0].isUpper }),
               Self.isMacInitial(Token(start: mac, end: token.end, isNumber: false), in: document) {
                matches.append(Match(token.range, "initials"))
                continue
            }
            // "pt j.s.": lowercase dotted initials after a word that introduces the patient.
            if PersonNames.patientWords.contains(token, in: document), position + 2 < tokens.count,
               tokens[position + 1].end - tokens[position + 1].start == 1, tokens[position + 2].end - tokens[position + 2].start == 1,
               bytes[tokens[position + 1].start].isLower, tokens[position + 1].end < bytes.count, bytes[tokens[position + 1].end] == UInt8(ascii: "."),
               tokens[position + 2].start == tokens[position + 1].end + 1, tokens[position + 2].end < bytes.count, bytes[tokens[position + 2].end] == UInt8(ascii: ".") {
                matches.append(Match(tokens[position + 1].start..<(tokens[position + 2].end + 1), "initials"))
                continue
            }
            // "Mrs AB", "pt JS", "patient K"
            if PersonNames.introducers.contains(token, in: document) {
                let next = position + 1
                guard next < tokens.count, !tokens[next].isNumber, document.onlySpaces(token.end..<tokens[next].start, allowing: [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ",")]),
                      tokens[next].start - token.end <= 3 else { continue }
                let candidate = tokens[next]
                let length = candidate.end - candidate.start
                guard document.isAllCaps(candidate), (1...3).contains(length), !Self.abbreviations.contains(document.lowercased(candidate.range)) else { continue }
                if PersonNames.titles.contains(token, in: document), !document.isCapitalised(token) { continue }
                // "Mr K." is a dotted initial handled above; here "Mrs AB", "pt JS", "Mr K"
                if candidate.end < bytes.count, bytes[candidate.end] == UInt8(ascii: "."), length == 1 { continue }
                matches.append(Match(candidate.range, "initials"))
            }
        }
        // Sign-offs: "— JM, hospitalist", "– RT" (a hyphen starts a list item instead).
        var lineStart = 0
        for lineEnd in bytes.indices where bytes[lineEnd] == UInt8(ascii: "\n") || lineEnd == bytes.count - 1 {
            var index = lineStart
            lineStart = lineEnd + 1
            while index < lineEnd, bytes[index].isSpace { index += 1 }
            let dash: Int
            if index + 3 <= bytes.count, Array(bytes[index..<(index + 3)]) == [0xE2, 0x80, 0x94] || Array(bytes[index..<(index + 3)]) == [0xE2, 0x80, 0x93] {
                dash = 3
            } else {
                continue
            }
            var start = index + dash
            while start < bytes.count, bytes[start].isSpace { start += 1 }
            var end = start
            while end < bytes.count, bytes[end].isUpper { end += 1 }
            if (2...3).contains(end - start), end == bytes.count || bytes[end] == UInt8(ascii: ",") || bytes[end].isLineBreak,
               !Self.abbreviations.contains(document.lowercased(start..<end)), document.zone(at: start) == .text {
                matches.append(Match(start..<end, "initials"))
            }
        }
        // Cells of a table column headed "Initials" or "Patient".
        for range in TableColumns.cells(in: document, headers: TableColumns.initialsHeaders)
        where range.count <= 8 && document.bytes[range].contains(where: \.isASCIILetter) {
            matches.append(Match(range, "initials"))
        }
        return matches
    }
}
