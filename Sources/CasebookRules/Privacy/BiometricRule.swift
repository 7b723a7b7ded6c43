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
        ],
        failing: [
            "Identity was confirmed from fingerprint record ⟦FP-2291-447⟧.",
            "The clinic enrols each patient by iris scan (template ⟦IR99-0412⟧).",
            "Her voiceprint ID ⟦VP 55120⟧ unlocks the portal.",
            "She signed with ⟦her left thumbprint⟧; the door logged ⟦his enrolled right index fingerprint⟧; an ⟦iris scan⟧ was enrolled with her ID.",
            "She gave consent with a ⟦left thumbprint⟧; verified by ⟦right index fingerprint⟧ of the principal; checked against the ⟦thumbprint⟧ held on the card's chip.",
            "Huella madre: ⟦[índice derecho]⟧. Consent was recorded with ⟦his left thumb impression⟧ (LTI).",
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

    func matches(in document: ScanDocument) -> [Match] {
        var matches: [Match] = []
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
