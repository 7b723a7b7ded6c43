extension ScanDocument {
    /// The fields of pasted image headers of one kind, as a rule's matches.
    func headerMatches(_ kind: HeaderDumps.Kind, _ description: String) -> [Match] {
        headerFields.filter { $0.kind == kind }.map { Match($0.range, description) }
    }
}

/// Image headers pasted into a case as text: DICOM element dumps ("(0010,0010) PatientName PN [DOE^JANE]", as dcmdump,
/// pydicom and PACS viewers print them) and EXIF listings ("DateTimeOriginal ....... 2023:09:03 19:14:08", exiftool's
/// "Date/Time Original : …"). The standard says which attributes identify the patient (DICOM PS3.15 Annex E, the basic
/// confidentiality profile), so a value is found by where it stands, whatever it looks like: fail closed.
enum HeaderDumps {
    enum Kind: Sendable { case name, identifier, date, place, phone, device, age }

    struct Field: Sendable {
        var kind: Kind
        var range: Range<Int>
    }

    /// DICOM attributes by tag ("0010,0010"), from the basic confidentiality profile.
    static let tags: [String: Kind] = [
        "0010,0010": .name, "0008,0090": .name, "0008,1048": .name, "0008,1050": .name, "0008,1060": .name, "0008,1070": .name,
        "0010,1001": .name, "0010,1005": .name, "0010,1060": .name, "0032,1032": .name, "0040,0006": .name, "0010,2297": .name,
        "0040,A123": .name,
        "0010,0020": .identifier, "0010,1000": .identifier, "0008,0050": .identifier, "0020,0010": .identifier, "0038,0010": .identifier,
        "0040,2016": .identifier, "0040,2017": .identifier, "0040,1001": .identifier, "0040,0253": .identifier, "0010,1050": .identifier,
        "0010,0030": .date, "0008,0020": .date, "0008,0021": .date, "0008,0022": .date, "0008,0023": .date, "0008,002A": .date,
        "0008,0012": .date, "0040,0244": .date, "0040,0250": .date, "0038,0020": .date, "0040,0002": .date,
        "0008,0080": .place, "0008,0081": .place, "0008,1040": .place, "0010,1040": .place, "0038,0300": .place, "0038,0400": .place,
        "0010,2154": .phone, "0008,0094": .phone,
        "0018,1000": .device, "0018,700A": .device,
        // The instance UIDs of a study, a series and an image: unique to the patient's examination (the standard's own UIDs,
        // "1.2.840.10008.…", are left alone by the identifier rule).
        "0020,000D": .identifier, "0020,000E": .identifier, "0008,0018": .identifier, "0002,0003": .identifier,
        "0010,1010": .age,
    ]

    /// The same attributes by keyword, and EXIF and XMP tags, lowercased with spaces, apostrophes and slashes left out
    /// ("Patient's Name" and "PatientName" are "patientsname" and "patientname").
    static let keywords: [String: Kind] = [
        "patientname": .name, "patientsname": .name, "referringphysicianname": .name, "referringphysiciansname": .name,
        "performingphysicianname": .name, "performingphysiciansname": .name, "operatorsname": .name, "operatorname": .name,
        "nameofphysiciansreadingstudy": .name, "physiciansofrecord": .name, "requestingphysician": .name, "otherpatientnames": .name,
        "patientmothersbirthname": .name, "patientbirthname": .name, "responsibleperson": .name,
        "artist": .name, "ownername": .name, "cameraownername": .name, "byline": .name,
        "patientid": .identifier, "patientsid": .identifier, "otherpatientids": .identifier, "accessionnumber": .identifier,
        "studyid": .identifier, "admissionid": .identifier, "requestedprocedureid": .identifier, "performedprocedurestepid": .identifier,
        "patientbirthdate": .date, "patientsbirthdate": .date, "studydate": .date, "seriesdate": .date, "acquisitiondate": .date,
        "contentdate": .date, "acquisitiondatetime": .date, "instancecreationdate": .date, "performedprocedurestepstartdate": .date,
        "datetimeoriginal": .date, "createdate": .date, "modifydate": .date, "datetimedigitized": .date, "gpsdatestamp": .date,
        "datecreated": .date, "digitalcreationdate": .date,
        "institutionname": .place, "institutionaddress": .place, "institutionaldepartmentname": .place, "patientaddress": .place,
        "patientsaddress": .place, "currentpatientlocation": .place, "gpsposition": .place, "gpslatitude": .place,
        "gpslongitude": .place, "gpscoordinates": .place, "sublocation": .place,
        "patienttelephonenumbers": .phone, "patientstelephonenumbers": .phone,
        "deviceserialnumber": .device, "serialnumber": .device, "bodyserialnumber": .device, "lensserialnumber": .device,
        "internalserialnumber": .device, "cameraserialnumber": .device, "detectorid": .device,
        "studyinstanceuid": .identifier, "seriesinstanceuid": .identifier, "sopinstanceuid": .identifier, "mediastoragesopinstanceuid": .identifier,
        "patientage": .age, "patientsage": .age,
    ]

    /// DICOM value representations, written between a keyword and its value.
    static let valueRepresentations: Set<String> = ["AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT", "OB", "OD", "OF",
                                                     "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN",
                                                     "UR", "US", "UT", "UV"]
    /// Values that say the attribute was emptied.
    static let placeholders: Set<String> = ["anonymized", "anonymised", "anonymous", "removed", "deleted", "redacted", "none", "unknown", "n/a",
                                            "na", "<no value>", "(no value available)", "no value", "empty", "^", "-", "—", "*", "0",
                                            // A UID that de-identification replaced: "[regenerated]".
                                            "regenerated", "replaced", "new uid"]

    /// The first words of a value that says what de-identification did to it.
    static let deidentifiedWords: Set<String> = ["anonymized", "anonymised", "removed", "deleted", "redacted", "replaced", "regenerated", "emptied",
                                                 "blanked", "cleared", "shifted", "hashed", "masked", "pseudonymised", "pseudonymized", "dummy", "zeroed"]

    /// Every identifying field of every header line of the text (found once per document, `ScanDocument.headerFields`).
    /// Whether a value is what de-identification left in place of one: "ANON^TEACHING", "TF-ANON", "ANONYMIZED", "REDACTED",
    /// "REMOVED", "DE-IDENTIFIED".
    static func isPlaceholder(_ value: ArraySlice<UInt8>) -> Bool {
        let upper = String(decoding: value, as: UTF8.self).uppercased()
        return ["ANON", "REDACTED", "REMOVED", "DEIDENTIFIED", "DE-IDENTIFIED"].contains { upper.contains($0) }
    }

    static func fields(of bytes: [UInt8], lineStarts: [Int], zones: [ScanDocument.Zone]) -> [Field] {
        var found: [Field] = []
        for (line, lineStart) in lineStarts.enumerated() where zones[line] == .text {
            var start = lineStart
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: ">") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
            guard start < bytes.count else { continue }
            /// The end of the line (found only for the lines that may be a field: most are prose).
            func lineEnd() -> Int {
                var end = start
                while end < bytes.count, !bytes[end].isLineBreak { end += 1 }
                return end
            }
            if bytes[start] == UInt8(ascii: "(") {
                if let field = tagged(bytes, start: start, end: lineEnd()) { found.append(field) }
            } else if bytes[start].isASCIILetter, let keywordEnd = keywordEnd(bytes, start: start),
                      let field = keyworded(bytes, start: start, keywordEnd: keywordEnd, end: lineEnd()) {
                found.append(field)
            }
        }
        // ("ANON^TEACHING", "TF-ANON", "REDACTED": a value that says it was removed names no one.)
        return found.filter { !isPlaceholder(bytes[$0.range]) }
    }

    /// "(0010,0010) PatientName PN [DOE^JANE]", "(0010,0010) PN [DOE^JANE] # 8, 1 PatientName", "(0010, 0010) Patient's Name PN: 'DOE^JANE'".
    private static func tagged(_ bytes: [UInt8], start: Int, end: Int) -> Field? {
        // "(gggg,eeee)", with or without a space after the comma.
        var index = start + 1
        func hex(_ count: Int) -> String? {
            guard index + count <= end, bytes[index..<(index + count)].allSatisfy(\.isHexDigit) else { return nil }
            defer { index += count }
            return String(decoding: bytes[index..<(index + count)], as: UTF8.self).uppercased()
        }
        guard let group = hex(4), index < end, bytes[index] == UInt8(ascii: ",") else { return nil }
        index += 1
        if index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard let element = hex(4), index < end, bytes[index] == UInt8(ascii: ")") else { return nil }
        index += 1
        let rest = index..<end
        var kind = tags[group + "," + element]
        // An attribute the table lacks, by its keyword: the first word after the tag, or after "#" in dcmdump's layout.
        if kind == nil {
            let words = String(decoding: bytes[rest], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "#" || $0 == "," })
            kind = words.lazy.compactMap { keywords[normalized(Array($0.utf8)[...])] }.first
        }
        guard let kind, let value = value(in: bytes, rest) else { return nil }
        return Field(kind: kind, range: value)
    }

    /// What separates an EXIF or DICOM keyword from its value ("Artist : …", "PatientName=…"), with and without the space.
    static let separators: [UInt8] = [UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "="), UInt8(ascii: "\t")]
    static let separatorsOrSpace = separators + [UInt8(ascii: " ")]

    /// Where the keyword at `start` ends, when a separator follows it: letters, spaces, apostrophes and slashes (up to 40 bytes),
    /// then a colon, "=", a dot, a tab, or a space before one of them or another space. A line break stops the words, so the line's
    /// end need not be known: this is asked of every line that starts with a letter, and rules out prose before any string is built.
    private static func keywordEnd(_ bytes: [UInt8], start: Int) -> Int? {
        var index = start
        while index < bytes.count, index - start < 40, bytes[index].isASCIILetter || bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "/")
                || bytes[index] == UInt8(ascii: " ") && index + 1 < bytes.count && bytes[index + 1].isASCIILetter {
            index += 1
        }
        guard index > start, index < bytes.count,
              separators.contains(bytes[index]) || bytes[index] == UInt8(ascii: " ") && index + 1 < bytes.count && separatorsOrSpace.contains(bytes[index + 1])
        else { return nil }
        return index
    }

    /// "PatientName: DOE^JANE", "DateTimeOriginal ....... 2023:09:03 19:14:08", "Date/Time Original : 2023:09:03", "Serial Number = 4417":
    /// the field of a line whose keyword (`keywordEnd`) ends at `index`, if the keyword is one of `keywords`.
    private static func keyworded(_ bytes: [UInt8], start: Int, keywordEnd index: Int, end: Int) -> Field? {
        guard let kind = keywords[normalized(bytes[start..<index])] else { return nil }
        var valueStart = index
        while valueStart < end, separatorsOrSpace.contains(bytes[valueStart]) { valueStart += 1 }
        // A listing, not prose ("Serial number: 4471-AB; UDI …" is a sentence the rules read word by word): a keyword written as one
        // word ("DateTimeOriginal", "PatientName"), or a separator that lines values up (dot leaders, spaces before the colon, "=").
        let separator = bytes[index..<valueStart]
        let oneWord = !bytes[start..<index].contains(UInt8(ascii: " "))
        let listing = separator.starts(with: " :".utf8) || separator.starts(with: "  ".utf8) || separator.contains(UInt8(ascii: "="))
            || separator.filter({ $0 == UInt8(ascii: ".") }).count >= 2
        guard valueStart > index, oneWord && !separator.allSatisfy({ $0 == UInt8(ascii: " ") }) || listing,
              let value = value(in: bytes, valueStart..<end, keywordFirst: false) else { return nil }
        return Field(kind: kind, range: value)
    }

    /// The value after a tag or a keyword: in brackets, after pydicom's "PN:", or what is left after the keyword and the value
    /// representation, up to a dcmdump comment; trimmed, and not a placeholder.
    private static func value(in bytes: [UInt8], _ rest: Range<Int>, keywordFirst: Bool = true) -> Range<Int>? {
        var range: Range<Int>
        if let open = bytes[rest].firstIndex(of: UInt8(ascii: "[")) {
            let close = bytes[(open + 1)..<rest.upperBound].firstIndex(of: UInt8(ascii: "]")) ?? rest.upperBound
            range = (open + 1)..<close
        } else if let colon = pydicomValueStart(bytes, rest) {
            range = colon..<rest.upperBound
        } else {
            var index = rest.lowerBound
            func skipSpaces() { while index < rest.upperBound, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 } }
            skipSpaces()
            if keywordFirst {
                // The keyword, then a value representation if one is written.
                while index < rest.upperBound, bytes[index] != UInt8(ascii: " ") { index += 1 }
                skipSpaces()
                if index + 3 <= rest.upperBound, bytes[index + 2] == UInt8(ascii: " "),
                   valueRepresentations.contains(String(decoding: bytes[index..<(index + 2)], as: UTF8.self)) {
                    index += 2
                    skipSpaces()
                }
            }
            let stop = bytes[index..<rest.upperBound].firstIndex(of: UInt8(ascii: "#")) ?? rest.upperBound
            range = index..<stop
        }
        // Without spaces and quotes around it.
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: " ") || bytes[lower] == UInt8(ascii: "'") || bytes[lower] == UInt8(ascii: "\"") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") || bytes[upper - 1] == UInt8(ascii: "'") || bytes[upper - 1] == UInt8(ascii: "\"")
                || bytes[upper - 1] == UInt8(ascii: "\t") { upper -= 1 }
        guard upper > lower, bytes[lower..<upper].contains(where: \.isAlphanumeric) else { return nil }
        let text = String(decoding: bytes[lower..<upper], as: UTF8.self).lowercased()
        if placeholders.contains(text) || text.allSatisfy({ $0 == "x" || $0 == "*" || $0 == "0" || $0 == "^" }) { return nil }
        // "[replaced by a dummy value]", "[shifted, then removed]", "[emptied]": what de-identification did to the value, in words.
        // (Not when a value follows the word: "[masked 88231907]".)
        if let first = text.split(whereSeparator: { $0 == " " || $0 == "," }).first, deidentifiedWords.contains(String(first)),
           !text.contains(where: \.isNumber) { return nil }
        return lower..<upper
    }

    /// The start of a value in pydicom's layout, "Patient's Name    PN: 'DOE^JANE'": after two capitals, a colon and a space.
    private static func pydicomValueStart(_ bytes: [UInt8], _ rest: Range<Int>) -> Int? {
        var index = rest.lowerBound
        while index + 3 < rest.upperBound {
            if bytes[index].isUpper, bytes[index + 1].isUpper, bytes[index + 2] == UInt8(ascii: ":"), bytes[index + 3] == UInt8(ascii: " "),
               index == rest.lowerBound || bytes[index - 1] == UInt8(ascii: " "),
               valueRepresentations.contains(String(decoding: bytes[index..<(index + 2)], as: UTF8.self)) {
                return index + 4
            }
            index += 1
        }
        return nil
    }

    /// A keyword without spaces, apostrophes or slashes, lowercased.
    static func normalized(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.filter(\.isASCIILetter).map(\.lowercased), as: UTF8.self)
    }
}
