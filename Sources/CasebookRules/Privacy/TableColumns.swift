import CasebookModel

/// Markdown tables whose header names a column of people ("Initials", "Patient", "Name"): every
/// non-empty cell below it is the person's name or initials, whatever it looks like ("GH", "pk", "A-MF").
enum TableColumns {
    static let initialsHeaders: WordList = ["initials", "init", "init.", "inits", "pt", "patient", "patients", "case initials", "resident", "residents", "child", "person",
                                            "athlete", "player", "worker", "employee", "participant", "donor", "recipient", "infant", "student",
                                            "runner", "inmate", "passenger", "contact", "guest", "soldier",
                                            // Spanish, Portuguese, French and Korean: "| Iniciales |", "| 이니셜 |".
                                            "iniciales", "iniciais", "initiales", "이니셜"]
    /// Columns of patients, whose cells hold a name, initials or a description ("Patient A", "68M", "Mother"); all but "client"
    /// are `initialsHeaders` too.
    static let patientHeaders: WordList = ["patient", "pt", "patients", "resident", "child", "client"]
    /// Columns and rows of the staff who did something, whose cells are often initials: "| Surgeon |" over "| RH |",
    /// "| Found by |", "| Init. |", "| Interpreted by | KRP |".
    static let staffHeaders: WordList = ["surgeon", "operator", "assistant", "anaesthetist", "anesthetist", "by", "scrub", "scrub nurse", "circulator",
                                         "found by", "seen by", "who", "signed", "signed by", "signature", "sign", "checked by", "given by", "recorded by",
                                         "entered by", "interpreted by", "reported by", "reviewed by", "witnessed by", "administered by", "staff",
                                         "nurse", "clinician", "assessor", "reviewer", "author", "authorised by", "authorized by", "verified by",
                                         "scribe", "vaccinator", "paramedic", "officer", "signé", "visum", "firma", "kürzel", "hz", "paraaf",
                                         // The imaging staff of a scan log and the owner of an action: "| Sonographer |" over "| TKW |", "| Owner |" over "| NK |".
                                         "sonographer", "radiographer", "technologist", "reader", "owner",
                                         // A flowsheet's last column of the nurse's or midwife's initials: "| RN |" over "| SOC |".
                                         "rn", "rm", "hca", "sig", "sig.", "sign.", "initial", "nurse initials", "staff initials",
                                         // The laboratory's technician and the nurse in other languages: "| Tech |", "| Inf. |" (infermiere),
                                         // "| Enf. |" (enfermera), "| Pflege |", "| Verpl. |".
                                         "tech", "tech.", "technician", "inf.", "infermiere", "enf.", "enfermera", "enfermería", "pflege", "verpl.",
                                         // A home-care log's worker: "| CHW |", "| Carer |", "| Support worker |".
                                         "chw", "carer", "caregiver", "care worker", "support worker", "hcsw", "worker initials",
                                         // A dispensing log's pharmacist, a labour board's midwife and doctor, a chart's "responsável", a recovery
                                         // log's anaesthetist: "| Pharm. |", "| MW | Dr |", "| Resp. |", "| Anaes. |".
                                         "pharm.", "pharm", "pharmacist", "mw", "dr", "resp.", "resp", "responsável", "anaes.", "anaes", "anesth.",
                                         // The doctor's column of a follow-up record, and the one who was in charge or signed in Japanese, Chinese
                                         // and Korean: "| Doctor |", "| 担当 |", "| 签名 |", "| 담당자 |".
                                         "doctor",
                                         // Signature and nurse columns of Central Europe: "| Aláírás |", "| Podpis |", "| Potpis |", "| Sestra |",
                                         // "| Ápoló |".
                                         "aláírás", "podpis", "potpis", "sestra", "ápoló", "unterschrift",
                                         "担当", "担当者", "署名", "签名", "簽名", "记录人", "記錄人", "담당", "담당자", "서명"]
    /// Columns of device serial and lot numbers: "| Side | Implant | Serial | LOT |".
    static let deviceHeaders: WordList = ["serial", "serial number", "serial no", "serial no.", "serial #", "s/n", "sn", "lot", "lot number", "lot no",
                                          "lot no.", "lot #", "batch", "batch number", "batch no", "batch no.", "udi", "imei", "device id", "device serial",
                                          "implant serial", "ref/lot", "lote", "número de serie", "numéro de série", "seriennummer", "charge"]
    static let nameHeaders: WordList = ["name", "names", "patient name", "surname", "first name", "full name", "contact", "next of kin", "nok", "staff", "clinician", "nurse", "relative",
                                         "casualty", "victim", "occupant", "passenger", "patient (name)", "contact name", "player", "athlete", "attendee",
                                         // Spanish, Portuguese, Italian, French, Dutch, Swedish, Norwegian, Danish, German, Polish, Korean, Japanese and
                                         // Hebrew: "| Nombre |", "| Namn |", "| 성명 |", "| שם |".
                                         "nombre", "nombre completo", "nome", "nome completo", "nom", "nom complet", "naam", "namn", "navn", "vorname",
                                         "nachname", "imię i nazwisko", "nazwisko", "성명", "이름", "氏名", "姓名", "שם"]

    /// Headers of columns and rows of record numbers: "| MRN | RH 0714452 | RH 0714459 |".
    static let recordNumberHeaders: WordList = ["mrn", "ur", "ur number", "urn", "hospital number", "hospital no", "record number", "medical record number",
                                                "nhs number", "nhs no", "chi", "chi number", "nhi", "hcn", "health card", "patient id", "hospital id", "id number",
                                                "uhid", "ip no", "mrn / ur", "case number", "file number", "chart number",
                                                // Workers, members and policy holders: "| Worker | Emp. no. | Job |".
                                                "emp. no.", "emp. no", "emp no", "emp no.", "employee no", "employee no.", "employee number", "employee id",
                                                "staff no", "staff no.", "staff number", "staff id", "worker id", "member id", "member number", "policy number",
                                                "policy no", "claim number", "claim no", "account number", "passport number", "passport no", "nric", "pps number",
                                                "medicare number", "medicare no", "health card number", "ohip", "ssn", "nin", "ni number",
                                                // "| Contact | Residence | Student ID |"; "| Nº de utente SNS | 287 441 905 |".
                                                "id", "id no", "id no.", "id number", "student id", "student number", "student no", "student no.", "patient number",
                                                "patient no", "patient no.", "pat.nr", "pat. nr", "file no", "file no.", "chart no", "chart no.", "record no",
                                                "record no.", "registration number", "reg no", "reg. no.", "national id", "national id number", "nº de utente sns",
                                                "nº de utente", "n.º de utente", "utente", "nhs", "dni", "nie", "curp", "rut", "cpf", "pesel", "cnp", "bsn",
                                                // Mexico's social security, Sweden's and Norway's personal numbers, Korea's resident registration, Israel's
                                                // identity and health-fund member numbers: "| NSS |", "| 주민등록번호 |", "| מספר חבר בקופה |".
                                                "nss", "personnummer", "personnr", "fødselsnummer", "주민등록번호", "주민번호", "ת.ז.", "ת\"ז", "מספר זהות",
                                                "מספר חבר בקופה",
                                                // A refugee household's UNHCR family counting number and individual number: "| FCN |".
                                                "fcn", "unhcr no", "unhcr number", "unhcr id", "progres id", "individual id"]

    /// Whether a cell's text is the name of a column of names, initials, record numbers or places ("주민등록번호", "MRN", "Initials").
    static func namesAColumn(_ text: ArraySlice<UInt8>) -> Bool {
        columnNames.contains { $0.contains(text) }
    }

    private static let columnNames = [nameHeaders, initialsHeaders, recordNumberHeaders, staffHeaders, deviceHeaders, LocationRule.placeHeaders]

    /// Cells of rows whose first cell is in `headers` (or, with `matching`, passes it), other than that first cell: "| MRN | RH 0714452 | RH 0714459 |".
    /// Without `headerRows`, not a table's header row ("| Staff | Role |" over "|---|---|").
    static func rowCells(in document: ScanDocument, headers: WordList, matching: ((ArraySlice<UInt8>) -> Bool)? = nil, headerRows: Bool = true) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for row in document.tableRows {
            if !headerRows, row.isHeader { continue }
            let cells = row.cells
            // (A delimiter row has no label: "---" names nothing.)
            guard cells.count >= 2, let label = row.labels.first else { continue }
            let header = document.bytes[label.whole]
            guard headers.contains(header, hash: label.wholeHash) || matching?(header) == true else { continue }
            for range in cells.dropFirst() {
                let text = content(of: range, in: document)
                if !text.isEmpty { ranges.append(text) }
            }
        }
        return ranges
    }

    /// "|---|:--|": the row under a table's header (not a blank line, which has no "-").
    static func isSeparatorRow(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.contains(UInt8(ascii: "-")) && bytes.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: " ") }
    }

    /// A cell's range without the spaces around its text.
    static func content(of range: Range<Int>, in document: ScanDocument) -> Range<Int> {
        let leading = document.bytes[range].prefix { $0 == UInt8(ascii: " ") }.count
        let trailing = leading == range.count ? 0 : document.bytes[range].reversed().prefix { $0 == UInt8(ascii: " ") }.count
        return (range.lowerBound + leading)..<(range.upperBound - trailing)
    }

    /// Words of a header that name a number by themselves ("MRN", "PIN", "UHID"), or a register that a number word
    /// after them completes ("Hosp no.", "PhilHealth PIN", "Medicare #", "Policy number").
    static let numberKinds: WordList = ["mrn", "ur", "urn", "nhi", "chi", "uhid", "nhs", "hcn", "pin", "nric", "ssn", "sin", "nin", "mbi", "ohip",
                                        "pesel", "dni", "nie", "curp", "rut", "cpf", "bsn", "cnp", "cccd", "aadhaar", "uli", "phn", "ihi", "emiratesid",
                                        // "| Lab accession |", "| Medicare |": a laboratory's specimen number, a Medicare card's.
                                        "accession", "medicare"]
    static let numberRegisters: WordList = ["hosp", "hospital", "patient", "pt", "record", "records", "chart", "file", "health", "medicare", "medicaid",
                                            "insurance", "policy", "member", "account", "card", "passport", "licence", "license", "philhealth", "sss",
                                            "gsis", "national", "ward", "clinic", "registration", "reg", "case", "claim", "unit", "emp", "employee",
                                            "staff", "student", "client", "mr", "medical", "hn", "ip", "op", "opd", "ipd", "bed",
                                            // "| Identity numbers | … |", "| ID nos |".
                                            "identity", "id"]
    static let numberWords: WordList = ["no", "nº", "n°", "num", "number", "nr", "nbr", "id", "pin", "#", "code", "ref", "numbers", "nos", "ids"]

    /// Whether a header names a column of record or identity numbers, by its words: "MRN", "Hosp no.", "PhilHealth PIN", "Medicare #".
    static func isRecordNumberHeader(_ header: ArraySlice<UInt8>) -> Bool {
        // (Asked of every row's first cell: each word is looked up as it is found, not gathered and mapped into new arrays.)
        var count = 0, namesKind = false, firstIsRegister = false, laterNumberWord = false
        func visit(_ word: ArraySlice<UInt8>) {
            if numberKinds.contains(word) { namesKind = true }
            if count == 0 { firstIsRegister = numberRegisters.contains(word) } else if numberWords.contains(word) { laterNumberWord = true }
            count += 1
        }
        func isSeparator(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
        }
        // (The words between separators, as `split` would give them, without making an array of them.)
        var start = header.startIndex
        while start < header.endIndex {
            if isSeparator(header[start]) { start += 1; continue }
            var end = start
            while end < header.endIndex, !isSeparator(header[end]) { end += 1 }
            let word = header[start..<end]
            start = end
            // "Medicare#" is "Medicare" and "#".
            if word.count > 1, word.last == UInt8(ascii: "#") {
                visit(word.dropLast())
                visit(word.suffix(1))
            } else {
                visit(word)
            }
        }
        guard (1...4).contains(count) else { return false }
        return namesKind || count >= 2 && firstIsRegister && laterNumberWord
    }

    /// Byte ranges of the cells in columns whose header is in `headers` (or, with `matching`, whose header passes it).
    /// With `eitherHalf`, a header of two parts joined by "/" names the column when either part does ("Quartier / village").
    static func cells(in document: ScanDocument, headers: WordList, matching: ((ArraySlice<UInt8>) -> Bool)? = nil, eitherHalf: Bool = false) -> [Range<Int>] {
        let bytes = document.bytes
        var ranges: [Range<Int>] = []
        // The columns of the table being read that hold what the headers name (none when its header names nothing), and whether
        // its header has been read.
        var columns: [Int] = []
        var sawHeader = false
        var previousLine = -1
        for row in document.tableRows {
            // A line between two rows ends the table.
            if row.line != previousLine + 1 { columns = []; sawHeader = false }
            previousLine = row.line
            let cells = row.cells, isSeparator = row.isSeparator
            if !sawHeader, !isSeparator, row.isHeader {
                sawHeader = true
                columns = row.labels.indices.filter { index in
                    // "Name", "**Initials**", "name (as given)"; "Quartier / village", "Town/suburb": either half names the column.
                    let label = row.labels[index]
                    return headers.contains(bytes[label.whole], hash: label.wholeHash) || headers.contains(bytes[label.beforeBracket], hash: label.beforeBracketHash)
                        || eitherHalf && label.halves.contains(where: { headers.contains(bytes[$0]) }) || matching?(bytes[label.beforeBracket]) == true
                }
                // "| Name | RD |" over "| Address | … |": a table of fields and values, not a column of people.
                if columns.count == 1, columns[0] == 0, cells.count == 2 {
                    let value = bytes[cells[1]].trimmingWhitespace()
                    // (Nor "| 성명 | 김민준 |", "| שם | טל דרור |": a value in another script, not a column's name.)
                    if value.contains(where: \.isDigit) || (2...4).contains(value.count) && value.allSatisfy({ $0.isUpper || $0 == UInt8(ascii: ".") })
                        || value.first.map({ $0 >= 0xD7 }) == true && !namesAColumn(value) {
                        columns = []
                    }
                }
            } else if !isSeparator {
                for column in columns where column < cells.count {
                    let range = cells[column]
                    let text = bytes[range].trimmingWhitespace()
                    if text.isEmpty || text.elementsEqual("—".utf8) || text.elementsEqual("-".utf8) || isNotApplicable(text) { continue }
                    ranges.append(content(of: range, in: document))
                }
            }
        }
        return ranges
    }

    /// "n/a" in any case.
    private static func isNotApplicable(_ text: ArraySlice<UInt8>) -> Bool {
        text.count == 3 && text[text.startIndex].lowercased == UInt8(ascii: "n") && text[text.startIndex + 1] == UInt8(ascii: "/")
            && text[text.startIndex + 2].lowercased == UInt8(ascii: "a")
    }

    /// A cell's text as a header, found once per document (`Row.labels`) for the many lists of headers the rules look for:
    /// without spaces and emphasis around it ("**Initials**"), the same before any bracket ("name (as given)"), and the halves
    /// of that around a "/" ("Quartier / village"), if it has one.
    struct Label: Sendable {
        var whole: Range<Int>
        var beforeBracket: Range<Int>
        var halves: [Range<Int>]
        /// The word-list hashes (`WordList.hash`) of `whole` and `beforeBracket`, for the lookups of every list.
        var wholeHash: UInt64
        var beforeBracketHash: UInt64

        init(_ cell: Range<Int>, in bytes: [UInt8]) {
            let header = bytes[cell].trimmingWhitespace().trimming([UInt8(ascii: "*"), UInt8(ascii: "_")])
            let beforeBracket = header.firstIndex(of: UInt8(ascii: "(")).map { header[header.startIndex..<$0].trimmingWhitespace() } ?? header
            whole = header.indices
            self.beforeBracket = beforeBracket.indices
            halves = beforeBracket.contains(UInt8(ascii: "/")) ? beforeBracket.split(separator: UInt8(ascii: "/")).map { $0.trimmingWhitespace().indices } : []
            wholeHash = WordList.hash(header)
            beforeBracketHash = WordList.hash(beforeBracket)
        }
    }

    /// A line of a Markdown table (its first byte after spaces is "|"): its line number, its cells, whether it is the delimiter
    /// row under the header, and whether a delimiter row follows it (a header; GFM's delimiter row may lack the leading bar,
    /// "---|---", and so need not be a row itself). Found once per document (`ScanDocument.tableRows`) for every rule that reads tables.
    struct Row: Sendable {
        var line: Int
        var cells: [Range<Int>]
        var isSeparator: Bool
        var isHeader: Bool
        /// Each cell read as a header (`Label`): of every cell of a header row, of the first cell only of other rows (a row's
        /// label: "| MRN | RH 0714452 |"), of none of a delimiter row.
        var labels: [Label]
    }

    /// The table rows of a text, in order.
    static func rows(of source: SourceText, bytes: [UInt8]) -> [Row] {
        var rows: [Row] = []
        for (index, start) in source.lineStarts.enumerated() {
            // Most lines are not table rows: look at the first byte before slicing.
            var first = start
            while first < bytes.count, bytes[first] == UInt8(ascii: " ") { first += 1 }
            guard first < bytes.count, bytes[first] == UInt8(ascii: "|") else { continue }
            let line = source.lineBytes(index + 1)
            let isHeader = index + 2 <= source.lineCount && isSeparatorRow(source.lineBytes(index + 2))
            let cells = cellRanges(line, lineStart: start), isSeparator = isSeparatorRow(line)
            let labelled = isSeparator ? [] : isHeader ? cells : Array(cells.prefix(1))
            rows.append(Row(line: index + 1, cells: cells, isSeparator: isSeparator, isHeader: isHeader, labels: labelled.map { Label($0, in: bytes) }))
        }
        return rows
    }

    static func cellRanges(_ bytes: ArraySlice<UInt8>, lineStart: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cellStart: Int?
        for index in bytes.indices where bytes[index] == UInt8(ascii: "|") {
            if let start = cellStart { ranges.append((lineStart + start - bytes.startIndex)..<(lineStart + index - bytes.startIndex)) }
            cellStart = index + 1
        }
        return ranges
    }
}

import Foundation
