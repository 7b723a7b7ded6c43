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
            "Dermatoglyphic changes; a fingerprint-like pattern on the lesion.",
            "Retinal examination showed dot-blot haemorrhages; iris heterochromia.",
            "DNA sequencing found a BRCA2 variant.",
        ],
        failing: [
            "Identity was confirmed from fingerprint record ⟦FP-2291-447⟧.",
            "The clinic enrols each patient by iris scan (template ⟦IR99-0412⟧).",
            "Her voiceprint ID ⟦VP 55120⟧ unlocks the portal.",
        ]
    )

    static let keywords = ["fingerprint", "finger print", "thumbprint", "thumb print", "palm print", "palmprint", "palm-vein", "palm vein",
                           "retinal scan", "retina scan", "iris scan", "iris template", "iris code", "voiceprint", "voice print",
                           "faceprint", "face print", "facial recognition", "face id", "dna profile", "genetic fingerprint",
                           "biometric", "gait signature", "vein pattern"]

    func matches(in document: ScanDocument) -> [Match] {
        var matches: [Match] = []
        for (_, end) in document.labels(.biometric) {
            // The identifier that follows within the sentence: "fingerprint record FP-2291-447".
            var index = end
            var steps = 0
            while index < document.bytes.count, steps < 48, !document.bytes[index].isLineBreak, document.bytes[index] != UInt8(ascii: ".") || (index + 1 < document.bytes.count && document.bytes[index + 1].isAlphanumeric) {
                if document.bytes[index].isAlphanumeric, index == 0 || !document.bytes[index - 1].isAlphanumeric,
                   let range = LabelledValue.value(after: index, in: document, minimumDigits: 3), range.lowerBound == index {
                    matches.append(Match(range, "biometric identifier"))
                    break
                }
                index += 1
                steps += 1
            }
        }
        return matches
    }
}
