/// HL7 version 2 messages pasted into a case ("MSH|^~\&|RIS|NSMC|…", "PID|1||E4471096^^^NSMC^MR||…"): each
/// field is found by its segment and number, so that a rule can take the sending facility, the patient's
/// address or the attending doctor's number from where the standard puts them, whatever they look like.
enum HL7Segments {
    /// One component of one field: "PID-11.3" (the patient address's city) is segment "PID", field 11, component 3.
    struct Component: Sendable {
        /// "PID-11.3".
        var key: String
        var range: Range<Int>
    }

    /// The segments teaching text names fields of: "PID-11", "PV1-3", "OBX-5".
    static let segmentNames: Set<String> = ["MSH", "EVN", "PID", "PD1", "PV1", "PV2", "NK1", "OBR", "OBX", "ORC", "NTE", "AL1", "DG1", "PR1", "GT1",
                                            "IN1", "IN2", "MRG", "SPM", "TXA", "RXA", "RXE", "RXO", "RXR", "SCH", "AIS", "AIL", "AIP", "ACC", "ROL", "FT1", "ZPI"]

    /// A value a template leaves in place of one, in square or angle brackets: "[SENDING_FACILITY]", "<MRN>".
    static func isPlaceholder(_ value: ArraySlice<UInt8>) -> Bool {
        guard let first = value.first, let last = value.last, value.count >= 3 else { return false }
        return first == UInt8(ascii: "[") && last == UInt8(ascii: "]") || first == UInt8(ascii: "<") && last == UInt8(ascii: ">")
    }

    /// Every non-empty component of every segment line of the text (found once per document, `ScanDocument.hl7Components`).
    /// Rules pick theirs by key: MSH-4 and MSH-6 are the sending and receiving facilities, MSH-10 the message's control id;
    /// PID-3 the patient's identifiers (component 4 the authority that assigned them), PID-11 the address (street, city,
    /// postcode), PV1-3 the patient's ward and bed, PV1-7 to PV1-9 the doctors (component 1 their number).
    static func components(of bytes: [UInt8], lineStarts: [Int], zones: [ScanDocument.Zone]) -> [Component] {
        var found: [Component] = []
        for (index, start) in lineStarts.enumerated() {
            // A segment: three capitals or digits, then "|".
            guard start + 4 < bytes.count, bytes[start].isUpper, bytes[start + 1].isUpper || bytes[start + 1].isDigit,
                  bytes[start + 2].isUpper || bytes[start + 2].isDigit, bytes[start + 3] == UInt8(ascii: "|"),
                  zones[index] == .text else { continue }
            let segment = String(decoding: bytes[start..<(start + 3)], as: UTF8.self)
            var end = start
            while end < bytes.count, !bytes[end].isLineBreak { end += 1 }
            // MSH counts its own "|" as field 1, so its second field starts after the first bar.
            var field = segment == "MSH" ? 2 : 1
            var fieldStart = start + 4
            for position in fieldStart...end where position == end || bytes[position] == UInt8(ascii: "|") {
                var component = 1
                var componentStart = fieldStart
                // ("…^^^NSPH^MR~4417382915^KT^^ON^JHN": "~" starts a repetition of the field, its components counted again.)
                for offset in fieldStart...position where offset == position || bytes[offset] == UInt8(ascii: "^") || bytes[offset] == UInt8(ascii: "~") {
                    // (Not a template's placeholder: "[SENDING_FACILITY]", "<MRN>".)
                    if offset > componentStart, !Self.isPlaceholder(bytes[componentStart..<offset]) {
                        found.append(Component(key: "\(segment)-\(field).\(component)", range: componentStart..<offset))
                    }
                    component = offset < position && bytes[offset] == UInt8(ascii: "~") ? 1 : component + 1
                    componentStart = offset + 1
                }
                field += 1
                fieldStart = position + 1
            }
        }
        return found
    }
}
