/// `privacy.biometric`: biometric identifiers tied to the patient — fingerprint, retina, iris, voice,
/// palm-vein or DNA-profile records and their numbers.
struct BiometricRule: TextRule {
    let description = RuleDescription(
        id: "privacy.biometric",
        summary: "Biometric identifier",
        rationale: "Fingerprints, retina and iris scans, voice prints and DNA profiles identify one person for life (HIPAA Safe Harbor §164.514(b)(2)(i)(P)).",
        defaultSeverity: .error,
        hint: "Remove the biometric record and its number; say \"identity was confirmed\" if it matters.",
        passing: [
            "The registration desk uses palm-vein biometric identification; a fingerprint scanner guards the door.",
            "Dermatoglyphic changes; a fingerprint-like pattern on the lesion.",
            "Retinal examination showed dot-blot haemorrhages; iris heterochromia.",
            "DNA sequencing found a BRCA2 variant.",
            "A molecular fingerprint of the tumour; fingerprint-like whorls; facial recognition of emotions was impaired.",
            "A loop diuretic; the aortic arch; a whorl of hair at the crown; use the referral template 2024-25 for the index case.",
            "Fractura del tercio medio; crestas ilíacas y crestas tibiales; pulgar en garra. Use template NICE-NG136 and template SOP-2024-01.",
        ],
        failing: [
            "Identity was confirmed from fingerprint record ⟦FP-2291-447⟧.",
            "The clinic enrols each patient by iris scan (template ⟦IR99-0412⟧).",
            "Her voiceprint ID ⟦VP 55120⟧ unlocks the portal.",
            "She signed with ⟦her left thumbprint⟧; the door logged ⟦his enrolled right index fingerprint⟧; an ⟦iris scan⟧ was enrolled with her ID.",
            "She gave consent with a ⟦left thumbprint⟧; verified by ⟦right index fingerprint⟧ of the principal; checked against the ⟦thumbprint⟧ held on the card's chip.",
            "Huella madre: ⟦[índice derecho]⟧. Consent was recorded with ⟦his left thumb impression⟧ (LTI).",
            "The capture read \"⟦R thumb: ulnar loop, RC 14; R index: plain whorl⟧\".\n\n    07:58  IN   template ⟦FP#A7E3-19C0-55B2⟧ (R-index)",
        ]
    )

    static let keywords = ["fingerprint", "finger print", "thumbprint", "thumb print", "palm print", "palmprint", "palm-vein", "palm vein",
                           "retinal scan", "retina scan", "iris scan", "iris template", "iris code", "voiceprint", "voice print",
                           "faceprint", "face print", "facial recognition", "face id", "dna profile", "genetic fingerprint",
                           "biometric", "gait signature", "vein pattern",
                           // Impressions and marks of a thumb, a voice profile, a ten-print card; the print's name in Spanish,
                           // Portuguese, French and German: "Huella madre: [índice derecho]", "impressão digital".
                           "thumb impression", "thumb impressions", "thumbmark", "thumb mark",
                           "voice profile", "ten-print", "tenprint", "huella", "huella dactilar", "huella digital", "huella plantar",
                           "impresión dactilar", "impresión plantar", "impresión pulgar", "impressão digital", "digital do polegar",
                           "empreinte digitale", "fingerabdruck"]

    /// Words before a print that make it this person's: "her left thumbprint".
    /// Words before a print that say it is held on record, whoever's it is: "his enrolled right index fingerprint".
    static let onRecord: Set<String> = ["enrolled", "registered", "stored"]
    /// Which print: "left", "right index".
    static let fingers: Set<String> = ["left", "right", "index", "thumb", "middle", "ring", "little"]
    /// Words after a print that say it is held on record: "an iris scan … enrolled", "the fingerprint linked to his ID".
    static let heldWords: Set<String> = ["enrolled", "linked", "matched", "template", "stored", "registered", "on file", "used to confirm", "sample", "record",
                                         "held on"]
    /// Nouns after a print's name that make it a technology, not someone's print.
    static let technologyWords: WordList = ["biometric", "biometrics", "identification", "recognition", "scanner", "scanners", "reader", "readers",
                                            "system", "systems", "technology", "authentication", "login", "sensor", "sensors", "lock", "locks"]
    /// Labels reported only with a record number: on their own they name a technology, not a person's print.
    static let recordOnlyLabels: Set<String> = ["biometric", "facial recognition", "genetic fingerprint", "dna profile"]

    /// The words of a fingerprint's classification, in English and Spanish: "ulnar loop", "plain whorl", "tented arch", "12 minutiae",
    /// "presilla interna", "verticilo".
    static let printPatterns = WordList(vocabulary: .printPatterns, ["whorl", "whorls", "loop", "arch", "minutiae", "presilla", "verticilo", "crestas"])
    /// The side written before a finger ("R thumb", "left index") and after it in Spanish ("pulgar derecho").
    static let sidesBefore: Set<String> = ["r", "l", "right", "left"]
    static let sidesAfter: Set<String> = ["derecho", "izquierdo", "right", "left"]
    /// The fingers a classification is written for.
    static let printFingers: WordList = ["thumb", "index", "middle", "ring", "little", "pulgar", "índice", "medio", "anular", "meñique"]

    /// A fingerprint classified finger by finger, on one line: "R thumb: ulnar loop, RC 14; R index: plain whorl", "Right index: 12
    /// minutiae matched to record, ulnar loop", "pulgar derecho: presilla interna, 16 crestas; índice derecho: verticilo". Two words of
    /// the classification or more and a finger's name (not "fingerprint-like whorls" on a lesion).
    static func classifiedPrints(in document: ScanDocument) -> [Match] {
        guard document.mentions(.printPatterns) else { return [] }
        let tokens = document.tokens
        var matches: [Match] = []
        var position = 0
        while position < tokens.count {
            guard tokens[position].isIn(.printPatterns), tokens[position].zone == .text else { position += 1; continue }
            // The line's other classification words and fingers.
            var first = position
            while first > 0, !document.source.utf8[tokens[first - 1].end..<tokens[first].start].contains(where: \.isLineBreak) { first -= 1 }
            var last = position
            while last + 1 < tokens.count, !document.source.utf8[tokens[last].end..<tokens[last + 1].start].contains(where: \.isLineBreak) { last += 1 }
            // (Each word as a print's class: "ulnar loop", "tented arch", "plain whorl", not "a loop diuretic", "the aortic arch".)
            let patterns = (first...last).filter { tokens[$0].isIn(.printPatterns) && Self.namesAPrintClass(at: $0, in: document) }.map { tokens[$0] }
            // (The finger named with its side or before a colon: "R thumb:", "pulgar derecho", "Right index".)
            func sideBefore(_ finger: Int) -> Bool { finger > first && Self.sidesBefore.contains(document.lowercased(tokens[finger - 1].range)) }
            if patterns.count >= 2, let fingerPosition = (first...last).first(where: { finger in
                Self.printFingers.contains(tokens[finger], in: document)
                    && (sideBefore(finger) || finger < last && Self.sidesAfter.contains(document.lowercased(tokens[finger + 1].range))
                        || tokens[finger].end < document.bytes.count && document.bytes[tokens[finger].end] == UInt8(ascii: ":"))
            }) {
                // "R thumb", "right index": the side before the finger.
                var start = tokens[fingerPosition].start
                if sideBefore(fingerPosition), tokens[fingerPosition - 1].end + 1 == start { start = tokens[fingerPosition - 1].start }
                matches.append(Match(min(start, patterns[0].start)..<patterns[patterns.count - 1].end, "fingerprint classification"))
            }
            position = last + 1
        }
        return matches
    }

    /// Whether a classification word at a position names a print's class: "minutiae", "presilla", "verticilo", "crestas" alone; "loop"
    /// after "ulnar", "radial" or "double"; "arch" after "tented" or "plain"; "whorl" after "plain", "double", "central" or "loop".
    static func namesAPrintClass(at position: Int, in document: ScanDocument) -> Bool {
        let tokens = document.tokens
        let word = document.lowercased(tokens[position].range)
        let before = position >= 1 ? document.lowercased(tokens[position - 1].range) : ""
        switch word {
        // ("12 minutiae", "16 crestas": counted; not "crestas ilíacas".)
        case "minutiae", "crestas": return position >= 1 && tokens[position - 1].isNumber
        case "loop": return ["ulnar", "radial", "double"].contains(before)
        case "arch": return ["tented", "plain"].contains(before)
        case "whorl", "whorls": return ["plain", "double", "central", "loop", "accidental"].contains(before)
        default: return true
        }
    }

    /// A biometric template's code after the word: "template FP#A7E3-19C0-55B2", "auth: BIO template FPX-77A3-0C19-BE52" (letters,
    /// digits and a hyphen, three digits or more).
    static func templateCodes(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for offset in document.offsets(of: Array("template ".utf8)) {
            let start = offset + 9
            var end = start
            while end < bytes.count, bytes[end].isASCIILetter || bytes[end].isDigit || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "#") { end += 1 }
            let code = bytes[start..<end]
            guard code.filter(\.isDigit).count >= 3, code.contains(UInt8(ascii: "-")), code.contains(where: \.isUpper),
                  document.zone(at: start) == .text else { continue }
            // A print's template: "#" in the code or a biometric word on the line (not "template NICE-NG136", "template SOP-2024-01").
            let line = String(decoding: document.source.lineBytes(document.line(at: offset)), as: UTF8.self).lowercased()
            let lineWords = Set(line.split(whereSeparator: { !$0.isLetter }).map(String.init))
            guard code.contains(UInt8(ascii: "#")) || !lineWords.isDisjoint(with: ["fingerprint", "finger", "thumb", "biometric", "bio", "iris", "palm", "fp", "voiceprint"])
            else { continue }
            matches.append(Match(start..<end, "biometric template"))
        }
        return matches
    }

    func matches(in document: ScanDocument) -> [Match] {
        var matches = Self.classifiedPrints(in: document) + Self.templateCodes(in: document)
        let tokens = document.tokens
        for (label, end) in document.labels(.biometric) {
            // The identifier that follows within the sentence: "fingerprint record FP-2291-447".
            var index = end
            var steps = 0
            var found = false
            var colon = false
            while index < document.bytes.count, steps < 48, !document.bytes[index].isLineBreak, document.bytes[index] != UInt8(ascii: ".") || (index + 1 < document.bytes.count && document.bytes[index + 1].isAlphanumeric) {
                // A print transcribed as a placeholder in square brackets after the label's colon: "Huella madre: [índice derecho]".
                if document.bytes[index] == UInt8(ascii: ":") { colon = true }
                if colon, document.bytes[index] == UInt8(ascii: "["),
                   let close = document.bytes[index...].prefix(while: { !$0.isLineBreak }).firstIndex(of: UInt8(ascii: "]")), close > index + 1 {
                    matches.append(Match(index..<(close + 1), "biometric record"))
                    found = true
                    break
                }
                if document.bytes[index].isAlphanumeric, index == 0 || !document.bytes[index - 1].isAlphanumeric,
                   let range = LabelledValue.value(after: index, in: document, minimumDigits: 3), range.lowerBound == index,
                   // (Not a year: "enrolled in 2018", "ten-print record from 2019".)
                   !IdentityNumberRule.isYearAlone(range, in: document),
                   // (Nor a file name's last part: "tenprint_GE_2019_vs_kiosk_2024.png".)
                   !(document.bytes[range].contains(UInt8(ascii: ".")) && document.bytes[range.upperBound - 1].isASCIILetter) {
                    matches.append(Match(range, "biometric identifier"))
                    found = true
                    break
                }
                index += 1
                steps += 1
            }
            // Without a number, the print itself when the text ties it to this person.
            guard !found, !Self.recordOnlyLabels.contains(label) else { continue }
            let start = end - label.utf8.count
            // Not "fingerprint-like", "a molecular fingerprint of the tumour".
            if end < document.bytes.count, document.bytes[end] == UInt8(ascii: "-") { continue }
            // Not a technology: "uses palm-vein biometric identification", "a fingerprint scanner".
            if let next = document.firstTokenIndex(from: end), tokens[next].start <= end + 1, Self.technologyWords.contains(tokens[next], in: document) { continue }
            guard var first = document.tokenIndex(startingAt: start) else { continue }
            var owned = false
            var back = first - 1
            while back >= 0, first - back <= 4 {
                let word = document.lowercased(tokens[back].range)
                if tokens[back].isIn(.possessives) { owned = true; first = back; break }
                // "enrolled": held on record; go on back to a possessive. "consent with a left thumbprint", "verified by right index
                // fingerprint": a print of one side is one person's.
                if Self.onRecord.contains(word) || word == "left" || word == "right" { owned = true; first = back } else if !Self.fingers.contains(word) { break }
                back -= 1
            }
            if !owned {
                let after = document.lowercased(end..<min(end + 60, document.bytes.count)).prefix { $0 != "." && $0 != "\n" }
                owned = Self.heldWords.contains { after.contains($0) } && !after.hasPrefix(" of ")
            }
            if owned, document.zone(at: start) == .text { matches.append(Match(tokens[first].start..<end, "biometric record")) }
        }
        return matches
    }
}
