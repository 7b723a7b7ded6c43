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
            "The serial chest radiographs showed improvement; serial troponins rose. Troponin serials 1450 and 2210 ng/L were reassuring.",
            "Lot numbers are checked against recalls.",
        ],
        failing: [
            "The lead serials ⟦BBL 422017 V⟧ and ⟦BBL 422019 V⟧ are on her card.",
            "Pacemaker S/N ⟦PJN604812S⟧ was interrogated.",
            "Implants:\n\n| Side | Implant | Serial | LOT |\n|---|---|---|---|\n| Left | Natrelle 410 FX | ⟦23195847-044⟧ | ⟦3619442⟧ |",
            "Serial number: ⟦4471-AB-2209⟧; UDI ⟦(01)00643169007222(17)250101(21)7GZ4⟧.",
            "The phone's IMEI ⟦356938035643809⟧ was logged; transmitter ⟦00:1B:44:11:3A:B7⟧.",
            "Pompe t:slim X2, n° de série ⟦1184392⟧ · émetteur ⟦8GT4K2⟧; Implantat: Cochlear CI612, Seriennr. ⟦4402719⟧.",
        ]
    )

    static let labels = ["serial numbers", "serial number", "serial no", "serial #", "serial:", "serial", "s/n", "sn:", "sn", "udi", "udi-di", "device id",
                         "device identifier", "imei", "lot number", "lot no", "lot", "model/serial", "catalogue number", "ref/sn",
                         "implant id", "generator serial", "lead serial", "lead serials", "generator serials", "implant serials", "device serials", "serials", "pump serial", "meid", "mac address", "mac",
                         "transmitter", "transmitter id", "transmitter serial", "sensor serial", "receiver serial", "generator", "pump", "device",
                         // "n° de série 1184392", "émetteur 8GT4K2", "Seriennr. 4402719", "número de serie", "n.º de série", "numero di serie".
                         "n° de série", "nº de série", "n.º de série", "numéro de série", "émetteur", "seriennr", "seriennummer", "número de serie",
                         "numero de serie", "numero di serie", "matricola", "serienummer", "numer seryjny"]

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
            // ("aids, serials L 2218 4471 09 and R 2218 4471 17", not "troponin serials 1450 and 2210 ng/L": after the bare plural, a
            // serial holds a letter or six digits.)
            func isSerial(_ range: Range<Int>) -> Bool {
                label != "serials" || document.bytes[range].contains(where: \.isASCIILetter) || document.bytes[range].filter(\.isDigit).count >= 6
            }
            if let range = LabelledValue.value(after: end, in: document, minimumDigits: transmitter ? 1 : 3), !transmitter || range.count >= 5, isSerial(range) {
                matches.append(Match(range, "device identifier"))
                // "lead serials BBL 422017 V and BBL 422019 V": a plural label's values, one after another.
                guard label.hasSuffix("serials") else { continue }
                var last = range
                while let next = Self.listedValue(after: last.upperBound, in: document), isSerial(next) {
                    matches.append(Match(next, "device identifier"))
                    last = next
                }
            }
        }
        let bytes = document.bytes
        // Cells of a column headed "Serial" or "LOT" with four digits or more: "| Natrelle 410 FX | 23195847-044 | 3619442 |".
        for range in TableColumns.cells(in: document, headers: TableColumns.deviceHeaders) where bytes[range].filter(\.isDigit).count >= 4 {
            matches.append(Match(range, "device identifier"))
        }
        // An IMEI: 15 digits with a valid Luhn check digit (a number token: every run of digits is one).
        for token in document.tokens where token.isNumber && token.end - token.start == 15 {
            let index = token.start, end = token.end
            if index == 0 || !bytes[index - 1].isAlphanumeric, end == bytes.count || !bytes[end].isAlphanumeric,
               Checksums.luhn(bytes[index..<end].map { Int($0 - 0x30) }) {
                matches.append(Match(index..<end, "device identifier"))
            }
        }
        // MAC addresses: six pairs of hex digits, their first separator (":" or "-") two bytes in; the separators are found with
        // memchr, so that text without them costs nothing.
        var separators = document.offsets(of: [UInt8(ascii: ":")]) + document.offsets(of: [UInt8(ascii: "-")])
        separators.sort()
        var nextStart = 0
        for separatorOffset in separators where separatorOffset >= 2 {
            let index = separatorOffset - 2
            guard index >= nextStart, index + 17 <= bytes.count else { continue }
            let separator = bytes[index + 2]
            guard bytes[index + 5] == separator else { continue }
            let candidate = bytes[index..<(index + 17)]
            if (0..<17).allSatisfy({ offset in offset % 3 == 2 ? candidate[index + offset] == separator : candidate[index + offset].isHexDigit }),
               index == 0 || !bytes[index - 1].isAlphanumeric, index + 17 == bytes.count || !bytes[index + 17].isAlphanumeric {
                matches.append(Match(index..<(index + 17), "device identifier"))
                nextStart = index + 17
            }
        }
        // A GS1 UDI anywhere: "(01)" and fourteen digits.
        var index = 0
        for open in document.offsets(of: [UInt8(ascii: "(")]) where open >= index {
            index = open + 1
            if document.hasPrefix("(01)", at: open), let range = udi(after: open, in: document) {
                matches.append(Match(range, "device identifier"))
                index = range.upperBound
            }
        }
        return matches
    }

    /// The next value of a list after one value ends: ", BBL 422019 V", " and BBL 422019 V" (three digits or more).
    static func listedValue(after end: Int, in document: ScanDocument) -> Range<Int>? {
        for joint in [", and ", " and ", ", ", " & "] where document.bytes[end...].starts(with: joint.utf8) {
            let start = end + joint.utf8.count
            guard let value = LabelledValue.value(after: start, in: document), value.lowerBound == start else { return nil }
            return value
        }
        return nil
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
