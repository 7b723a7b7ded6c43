/// `privacy.ip`: IPv4 and IPv6 addresses.
struct IPAddressRule: TextRule {
    let description = RuleDescription(
        id: "privacy.ip",
        summary: "IP address",
        rationale: "An IP address can identify a patient's device or home connection (HIPAA Safe Harbor §164.514(b)(2)(i)(O)).",
        defaultSeverity: .error,
        hint: "Remove the address; describe the device or log in words if it matters to the case.",
        passing: [
            "Seen at 14:30:05 and again at 16:45.",
            "Private ranges (RFC 1918) — 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16; a later release (10.3.0.2) fixed it.",
            "Version 2.1.3 of the score; values 1.2.3.4.5 in the series.",
            "Ratio 10:1:1 and times 08:00–09:30.",
            "Sodium 140.2. Protease EC 3.4.21.5; firmware 4.10.2.1.",
        ],
        failing: [
            "The pump uploaded its log from ⟦192.0.2.44⟧ overnight; the patient joined from ⟦192.0.2.181⟧:5061.",
            "Home monitor at ⟦2001:db8::8a2e:370:7334⟧ paged the team.",
            "Gateway ⟦fe80::1⟧ and ⟦10.0.0.255⟧.",
            "IP ⟦2001:0db8:85a3:0000:0000:8a2e:0370:7334⟧.",
        ]
    )

    func matches(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        // Every address holds a "." or ":" inside a run of hex digits, dots and colons: find those bytes
        // first, then look at the run around each once.
        // (Both found with memchr.)
        var dots = document.offsets(of: [UInt8(ascii: ".")]) + document.offsets(of: [UInt8(ascii: ":")])
        dots.sort()
        var scannedUntil = 0
        for dot in dots where dot >= scannedUntil {
            var index = dot
            while index > 0, Self.isRunByte(bytes[index - 1]) { index -= 1 }
            var runEnd = dot
            while runEnd < bytes.count, Self.isRunByte(bytes[runEnd]) { runEnd += 1 }
            scannedUntil = runEnd
            let byte = bytes[index]
            let startsToken = index == 0 || !(bytes[index - 1].isAlphanumeric || bytes[index - 1] == UInt8(ascii: ".") || bytes[index - 1] == UInt8(ascii: ":"))
            guard startsToken, byte.isHexDigit || byte == UInt8(ascii: ":") else { continue }
            var end = index
            while end < bytes.count, bytes[end].isHexDigit || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ":") { end += 1 }
            while end > index, bytes[end - 1] == UInt8(ascii: ".") || (bytes[end - 1] == UInt8(ascii: ":") && !(end - 2 >= index && bytes[end - 2] == UInt8(ascii: ":"))) { end -= 1 }
            let followedByWord = end < bytes.count && bytes[end].isLetterLike
            if !followedByWord, end - index >= 3, bytes[index..<end].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) {
                var candidate = String(decoding: bytes[index..<end], as: UTF8.self)
                // "192.0.2.181:5061": an address and its port.
                if let colon = candidate.firstIndex(of: ":"), candidate[colon...].dropFirst().allSatisfy(\.isNumber), (2...6).contains(candidate[colon...].count),
                   Self.isIPv4(String(candidate[..<colon])) {
                    end = index + candidate[..<colon].utf8.count
                    candidate = String(candidate[..<colon])
                }
                // (The words before it only for an address: most runs are none.)
                let isIPv4 = Self.isIPv4(candidate)
                guard isIPv4 || Self.isIPv6(candidate) else { continue }
                let before = PhoneRule.context(before: index, in: document)
                // ("a later release (10.3.0.2)": a bracket between the word and the number.)
                var words = Substring(before)
                while let last = words.last, last == "(" || last == " " { words = words.dropLast() }
                let versionLike = ["version", "v", "ec", "firmware", "build", "release", "software", "update"].contains { PhoneRule.endsWith(String(words), word: $0) }
                // "10.0.0.0/8", "192.168.0.0/16": a block of addresses in CIDR notation, no one's host.
                if isIPv4, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "/"), bytes[end + 1].isDigit, candidate.hasSuffix(".0") { continue }
                let smallFirstOctet = (Int(candidate.prefix { $0 != "." }) ?? 0) < 10 && !["ip", "address", "host", "server", "gateway", "router", "dns", "from", "at"].contains { PhoneRule.endsWith(before, word: $0) }
                if isIPv4, !versionLike, !smallFirstOctet {
                    matches.append(Match(index..<end, "IP address"))
                } else if Self.isIPv6(candidate), !versionLike {
                    matches.append(Match(index..<end, "IP address"))
                }
            }
        }
        return matches
    }

    @inline(__always) private static func isRunByte(_ byte: UInt8) -> Bool {
        byte.isHexDigit || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isNumber) && Int(part)! <= 255 && !(part.count > 1 && part.first == "0")
        }
    }

    static func isIPv6(_ text: String) -> Bool {
        guard text.contains(":"), !text.contains(".") || text.split(separator: ":").last.map({ isIPv4(String($0)) }) == true else { return false }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        func groups(_ part: String) -> [Substring]? {
            if part.isEmpty { return [] }
            let groups = part.split(separator: ":", omittingEmptySubsequences: false)
            return groups.allSatisfy({ !$0.isEmpty && $0.count <= 4 && ($0.allSatisfy(\.isHexDigit) || isIPv4(String($0))) }) ? groups : nil
        }
        guard let first = groups(halves[0]) else { return false }
        if halves.count == 2 {
            guard let second = groups(halves[1]) else { return false }
            let total = first.count + second.count
            // "::" with hex groups; a lone "a::b" of decimal-looking parts is more likely a ratio or time.
            return total <= 7 && (total >= 1) && (first + second).contains { $0.contains(where: { $0.isLetter }) || $0.count >= 3 }
        }
        return first.count == 8
    }
}
