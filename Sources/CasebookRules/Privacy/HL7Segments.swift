/// HL7 version 2 messages pasted into a case ("MSH|^~\&|RIS|NSMC|…", "PID|1||E4471096^^^NSMC^MR||…"): each
/// field is found by its segment and number, so that a rule can take the sending facility, the patient's
/// address or the attending doctor's number from where the standard puts them, whatever they look like.
enum HL7Segments {
    /// One component of one field: "PID-11.3" (the patient address's city) is segment "PID", field 11, component 3.
    struct Component {
        var segment: String
        var field: Int
        var component: Int
        var range: Range<Int>
    }

    /// The components of the fields that identify a patient, a place or a person, by segment, field and component.
    /// MSH-4 and MSH-6 are the sending and receiving facilities, MSH-10 the message's control id; PID-3 the
    /// patient's identifiers (component 4 the authority that assigned them), PID-11 the address (street, city,
    /// postcode), PV1-3 the patient's ward and bed, PV1-7 to PV1-9 the doctors (component 1 their number).
    static func components(in document: ScanDocument, wanted: Set<String>) -> [Component] {
        var found: [Component] = []
        let bytes = document.bytes
        for (index, start) in document.source.lineStarts.enumerated() {
            // A segment: three capitals or digits, then "|".
            guard start + 4 < bytes.count, bytes[start].isUpper, bytes[start + 1].isUpper || bytes[start + 1].isDigit,
                  bytes[start + 2].isUpper || bytes[start + 2].isDigit, bytes[start + 3] == UInt8(ascii: "|"),
                  document.zones[index] == .text else { continue }
            let segment = String(decoding: bytes[start..<(start + 3)], as: UTF8.self)
            var end = start
            while end < bytes.count, !bytes[end].isLineBreak { end += 1 }
            // MSH counts its own "|" as field 1, so its second field starts after the first bar.
            var field = segment == "MSH" ? 2 : 1
            var fieldStart = start + 4
            var position = fieldStart
            while position <= end {
                if position == end || bytes[position] == UInt8(ascii: "|") {
                    var component = 1
                    var componentStart = fieldStart
                    for offset in fieldStart...position where offset == position || bytes[offset] == UInt8(ascii: "^") {
                        if offset > componentStart, wanted.contains("\(segment)-\(field).\(component)") || wanted.contains("\(segment)-\(field)") {
                            found.append(Component(segment: segment, field: field, component: component, range: componentStart..<offset))
                        }
                        component += 1
                        componentStart = offset + 1
                    }
                    field += 1
                    fieldStart = position + 1
                }
                position += 1
            }
        }
        return found
    }
}
