/// `privacy.email`: e-mail addresses.
struct EmailRule: TextRule {
    let description = RuleDescription(
        id: "privacy.email",
        summary: "E-mail address",
        rationale: "An e-mail address leads straight to a person (HIPAA Safe Harbor §164.514(b)(2)(i)(F)); teaching cases never need one.",
        defaultSeverity: .error,
        hint: "Remove the address. To tell readers where to report a problem, set `report:` in casebook.yml.",
        passing: [
            "Troponin 5 ng/L @ 3 hours.",
            "Reply @ the ward round.",
            "Dose: 5 mg@night.",
        ],
        failing: [
            "Her daughter wrote from ⟦jane.doe@example.com⟧ asking for results.",
            "Contact ⟦a_o+cases@mail.example.co.uk⟧.",
            "<!-- sent by ⟦ward7.nurse@hospital.example.org⟧ -->",
            "Write to ⟦zofia dot w at posteo dot de⟧.",
        ]
    )

    func matches(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        var index = 0
        for at in document.offsets(of: [UInt8(ascii: "@")]) where at >= index {
            index = at + 1
            var start = at
            while start > 0, Self.isLocalByte(bytes[start - 1]) { start -= 1 }
            while start < at, !bytes[start].isAlphanumeric { start += 1 }
            var end = at + 1
            var lastDot = -1
            while end < bytes.count, bytes[end].isAlphanumeric || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: ".") {
                if bytes[end] == UInt8(ascii: ".") { lastDot = end }
                end += 1
            }
            while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") {
                end -= 1
                if end == lastDot { lastDot = bytes[(at + 1)..<end].lastIndex(of: UInt8(ascii: ".")) ?? -1 }
            }
            guard start < at, lastDot > at + 1, end - lastDot - 1 >= 2, bytes[(lastDot + 1)..<end].allSatisfy(\.isASCIILetter) else { continue }
            matches.append(Match(start..<end, "e-mail address"))
            index = end
        }
        matches += spelledOut(in: document)
        return matches
    }

    /// "zofia dot w at posteo dot de": an address written out to dodge filters.
    private func spelledOut(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens
        var matches: [Match] = []
        let bytes = document.bytes
        // ("at" in any case, its bytes compared in place: the test is asked of every word of two letters.)
        for (position, token) in tokens.enumerated() where token.end - token.start == 2 && bytes[token.start] | 0x20 == UInt8(ascii: "a")
                && bytes[token.start + 1] | 0x20 == UInt8(ascii: "t") && position >= 1 && position + 3 < tokens.count {
            guard document.lowercased(tokens[position + 2].range) == "dot" else { continue }
            var start = position - 1
            while start >= 2, document.lowercased(tokens[start - 1].range) == "dot" { start -= 2 }
            var end = position + 3
            while end + 2 < tokens.count, document.lowercased(tokens[end + 1].range) == "dot" { end += 2 }
            let tld = document.lowercased(tokens[end].range)
            guard (2...6).contains(tld.count), tld.allSatisfy(\.isLetter) else { continue }
            matches.append(Match(tokens[start].start..<tokens[end].end, "e-mail address (spelled out)"))
        }
        return matches
    }

    private static func isLocalByte(_ byte: UInt8) -> Bool {
        byte.isAlphanumeric || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }
}
