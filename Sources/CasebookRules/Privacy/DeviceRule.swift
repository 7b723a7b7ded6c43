/// `privacy.device`: serial numbers and unique identifiers of devices and implants (UDI, IMEI).
struct DeviceRule: TextRule {
    let description = RuleDescription(
        id: "privacy.device",
        summary: "Device serial number or unique device identifier",
        rationale: "An implant's or a phone's serial number is registered to one patient (HIPAA Safe Harbor §164.514(b)(2)(i)(M)).",
        defaultSeverity: .error,
        hint: "Name the device type and model if it matters, never its serial number or UDI.",
        passing: [
            "A dual-chamber pacemaker was implanted in 2019.",
            "The serial chest radiographs showed improvement; serial troponins rose.",
            "Lot numbers are checked against recalls.",
        ],
        failing: [
            "Pacemaker S/N ⟦PJN604812S⟧ was interrogated.",
            "Implants:\n\n| Side | Implant | Serial | LOT |\n|---|---|---|---|\n| Left | Natrelle 410 FX | ⟦23195847-044⟧ | ⟦3619442⟧ |",
            "Serial number: ⟦4471-AB-2209⟧; UDI ⟦(01)00643169007222(17)250101(21)7GZ4⟧.",
            "The phone's IMEI ⟦356938035643809⟧ was logged; transmitter ⟦00:1B:44:11:3A:B7⟧.",
        ]
    )

    static let labels = ["serial numbers", "serial number", "serial no", "serial #", "serial:", "serial", "s/n", "sn:", "sn", "udi", "udi-di", "device id",
                         "device identifier", "imei", "lot number", "lot no", "lot", "model/serial", "catalogue number", "ref/sn",
                         "implant id", "generator serial", "lead serial", "pump serial", "meid", "mac address", "mac",
                         "transmitter", "transmitter id", "transmitter serial", "sensor serial", "receiver serial", "generator", "pump", "device"]

    func matches(in document: ScanDocument) -> [Match] {
        var matches = document.headerMatches(.device, "device identifier")
        for (label, end) in document.labels(.device) {
            if label == "udi", let range = udi(after: end, in: document) {
                matches.append(Match(range, "device identifier"))
                continue
            }
            if label == "lot" || label == "sn", !document.isAllCaps(Token(start: end - label.utf8.count, end: end, isNumber: false)) && label == "sn" { continue }
            // A CGM transmitter's code is short and mostly letters: "transmitter 8G2LQT".
            let transmitter = label.hasPrefix("transmitter")
            // "generator RWX 118204 S": only a serial with five digits or more after the bare word.
            if label == "generator" || label == "pump" || label == "device", LabelledValue.value(after: end, in: document, minimumDigits: 6) == nil { continue }
            if let range = LabelledValue.value(after: end, in: document, minimumDigits: transmitter ? 1 : 3), !transmitter || range.count >= 5 {
                matches.append(Match(range, "device identifier"))
            }
        }
        let bytes = document.bytes
        // Cells of a column headed "Serial" or "LOT" with four digits or more: "| Natrelle 410 FX | 23195847-044 | 3619442 |".
        for range in TableColumns.cells(in: document, headers: TableColumns.deviceHeaders) where bytes[range].filter(\.isDigit).count >= 4 {
            matches.append(Match(range, "device identifier"))
        }
        // An IMEI: 15 digits with a valid Luhn check digit.
        var index = 0
        while index < bytes.count {
            if bytes[index].isDigit, index == 0 || !bytes[index - 1].isAlphanumeric {
                var end = index
                while end < bytes.count, bytes[end].isDigit { end += 1 }
                if end - index == 15, end == bytes.count || !bytes[end].isAlphanumeric,
                   Checksums.luhn(bytes[index..<end].map { Int($0 - 0x30) }) {
                    matches.append(Match(index..<end, "device identifier"))
                }
                index = end
                continue
            }
            index += 1
        }
        // MAC addresses: six pairs of hex digits.
        index = 0
        while index + 17 <= bytes.count {
            let separator = bytes[index + 2]
            guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: "-"), bytes[index + 5] == separator else { index += 1; continue }
            let candidate = bytes[index..<(index + 17)]
            if separator == UInt8(ascii: ":") || separator == UInt8(ascii: "-"),
               (0..<17).allSatisfy({ offset in offset % 3 == 2 ? candidate[index + offset] == separator : candidate[index + offset].isHexDigit }),
               index == 0 || !bytes[index - 1].isAlphanumeric, index + 17 == bytes.count || !bytes[index + 17].isAlphanumeric {
                matches.append(Match(index..<(index + 17), "device identifier"))
                index += 17
                continue
            }
            index += 1
        }
        // A GS1 UDI anywhere: "(01)" and fourteen digits.
        index = 0
        while let open = document.bytes[index...].firstIndex(of: UInt8(ascii: "(")) {
            index = open + 1
            if document.hasPrefix("(01)", at: open), let range = udi(after: open, in: document) {
                matches.append(Match(range, "device identifier"))
                index = range.upperBound
            }
        }
        return matches
    }


    /// A GS1 UDI in human-readable form: "(01)00643169007222(17)250101(21)7GZ4".
    private func udi(after offset: Int, in document: ScanDocument) -> Range<Int>? {
        var start = offset
        while start < document.bytes.count, document.bytes[start].isSpace || document.bytes[start] == UInt8(ascii: ":") { start += 1 }
        guard document.hasPrefix("(01)", at: start) || document.hasPrefix("01", at: start) || document.hasPrefix("+", at: start) else {
            return LabelledValue.value(after: offset, in: document, minimumDigits: 6)
        }
        var end = start
        while end < document.bytes.count, document.bytes[end].isAlphanumeric || document.bytes[end] == UInt8(ascii: "(")
                || document.bytes[end] == UInt8(ascii: ")") || document.bytes[end] == UInt8(ascii: "+") || document.bytes[end] == UInt8(ascii: "/") {
            end += 1
        }
        return end - start >= 16 ? start..<end : nil
    }
}
