/// A form's fields that hold a person's name or a place, one to a line, whatever the value looks like: "Last Name: Tso-Begay",
/// "ePatient.03 First Name ....... Summer", "| eScene.17 Incident City | Rawlins (nearest) |", "Home City: Wamsutter". The label
/// starts its line (after list, quote, table and emphasis markup, or a field code such as "ePatient.02"), then comes a colon, a dot
/// leader or a table cell's bar, then the value, to the end of the line or the cell.
enum LabelledFields {
    /// Fields of a person's name, in English and the languages of the sets' forms.
    static let nameLabels = ["name", "first name", "first names", "last name", "given name", "given names", "surname", "family name", "middle name",
                             "maiden name", "forename", "forenames", "patient name", "patient's name", "full name", "name of patient",
                             "patient first name", "patient last name", "legal name", "preferred name", "alias", "aka",
                             "prénom", "prenom", "nom de famille", "apellidos", "apellido", "nombres", "vorname", "nachname", "voornaam", "achternaam",
                             // Portuguese, Swedish, Norwegian, Polish, Turkish, Vietnamese and Mongolian: "Nome completo:", "Ad Soyad:", "Họ tên:",
                             // "Овог нэр:".
                             "nome", "nome completo", "namn", "navn", "imię i nazwisko", "nazwisko", "ad soyad", "adı soyadı", "họ tên", "họ và tên",
                             "овог нэр", "нэр"]
    /// Fields of a town or a city (a county or a state is not identifying).
    static let placeLabels = ["city", "town", "village", "suburb", "home city", "home town", "hometown", "incident city", "city/town", "town/city",
                              "municipality", "locality", "city of residence", "town of residence", "place of residence", "ciudad", "ville",
                              "stadt", "wohnort", "cidade", "comune", "gemeente", "woonplaats", "barangay",
                              // An Indian form's "Native place | Hosakote village".
                              "native place",
                              // Mongolian: "Хаяг: Мөст сум, 3-р баг".
                              "хаяг",
                              // Where someone lives and the ward they lie on, in Nordic, Baltic, Hungarian, Czech, Polish and Turkish forms:
                              // "Bosted: Fjellsiden sykehjem", "Cím: Bocskai u. 38.", "Afsnit: Kardiologisk sengeafsnit H2", "Oddělení: JIP
                              // interny 2", "Osakond: Kirurgiaosakond, palat 214", "Mottagning: Onkologimottagning 2".
                              "bosted", "bostad", "boende", "asuinpaikka", "elukoht", "gyvenamoji vieta", "lakóhely", "cím", "lakcím", "bydliště",
                              "miejsce zamieszkania", "ikamet", "afsnit", "oddělení", "osakond", "mottagning", "osasto", "avdeling", "avdelning",
                              "skyrius", "osztály", "oddział",
                              // A ward, a facility, a workplace and a home in English and the sets' other languages: "Wad : Wad Lelaki 3A"
                              // (Malay), "Afdeling: C4 Interne Geneeskunde", "Morada: Rua dos Pescadores", "Sommaradress: Sandösund",
                              // "Site demandeur : Centre hospitalier des Trois-Rivières", "Gydymo įstaiga: LSMU Kauno klinikos".
                              "residence", "wad", "afdeling", "chambre", "facility", "employer", "empleador", "empregador", "arbeitgeber",
                              "morada", "sommaradress", "implanting centre", "implanting center", "police station", "site demandeur",
                              "gydymo įstaiga", "попередня адреса", "адреса", "адрес"]

    /// The values of the fields of one list (`.nameField` or `.placeField`): the value's text, cut before a bracket, a semicolon, a
    /// digit or three spaces (and, for a place, a comma), without the spaces, emphasis and full stop around it.
    static func values(of list: LabelList, in document: ScanDocument) -> [Range<Int>] {
        let written = document.source.utf8
        var values: [Range<Int>] = []
        for (label, end) in document.labels(list) {
            let start = end - label.utf8.count
            guard document.zone(at: start) == .text, startsField(at: start, in: document) else { continue }
            // The separator: a colon (perhaps after bold), a dot leader of two dots or more, or a table cell's bar.
            var at = end
            while at < written.count, written[at] == UInt8(ascii: "*") || written[at] == UInt8(ascii: "_") { at += 1 }
            var spaces = at
            while spaces < written.count, written[spaces] == UInt8(ascii: " ") { spaces += 1 }
            var dots = spaces
            while dots < written.count, written[dots] == UInt8(ascii: ".") { dots += 1 }
            if at < written.count, written[at] == UInt8(ascii: ":") {
                at += 1
            } else if spaces < written.count, written[spaces] == UInt8(ascii: ":") {
                // A form that aligns its colons: "Village      : Kabiyet".
                at = spaces + 1
            } else if dots - spaces >= 2 {
                at = dots
            } else if spaces < written.count, written[spaces] == UInt8(ascii: "|"), !LocationRule.isHeaderRow(endingAfter: spaces, in: document) {
                at = spaces + 1
            } else {
                continue
            }
            while at < written.count, written[at] == UInt8(ascii: " ") || written[at] == UInt8(ascii: "*") || written[at] == UInt8(ascii: "_")
                    || written[at] == UInt8(ascii: ".") || written[at] == UInt8(ascii: ":") { at += 1 }
            var stop = at
            while stop < written.count, !written[stop].isLineBreak, written[stop] != UInt8(ascii: "|"), written[stop] != UInt8(ascii: "("),
                  written[stop] != UInt8(ascii: ";"), !written[stop].isDigit, list != .placeField || written[stop] != UInt8(ascii: ","), stop - at < 60,
                  // (A run of spaces ends it: a pasted form sets its fields apart so, "Овог нэр: Дорж Батбаяр   РД: ХО89031512".)
                  !(written[stop] == UInt8(ascii: " ") && stop + 2 < written.count && written[stop + 1] == UInt8(ascii: " ") && written[stop + 2] == UInt8(ascii: " ")) {
                stop += 1
            }
            while stop > at, written[stop - 1] == UInt8(ascii: " ") || written[stop - 1] == UInt8(ascii: "*") || written[stop - 1] == UInt8(ascii: "_")
                    || written[stop - 1] == UInt8(ascii: ".") || written[stop - 1] == UInt8(ascii: ",") || written[stop - 1] == UInt8(ascii: "/") { stop -= 1 }
            // (A name has a few words; "**Name:** as given at triage, not confirmed" is a remark.)
            guard stop > at, written[at].isLetterLike, !placeholders.contains(String(decoding: written[at..<stop].map(\.lowercased), as: UTF8.self)),
                  isProperValue(at..<stop, in: document),
                  list != .nameField || document.bytes[at..<stop].split(separator: UInt8(ascii: " ")).count <= 5 else { continue }
            values.append(at..<stop)
        }
        return values
    }

    /// Values that stand for a missing one.
    static let placeholders: Set<String> = ["n/a", "na", "n.a", "unk", "unkn", "unknown", "none", "nil", "not known", "tbc", "tba", "tbd",
                                            "redacted", "withheld", "anonymous", "anon", "xxx", "xx", "not given", "not recorded", "not stated", "same"]

    /// Whether a label starts its written line, after markup or a field code ("ePatient.02 Last Name").
    private static func startsField(at start: Int, in document: ScanDocument) -> Bool {
        let markup = [UInt8(ascii: " "), UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "_"), UInt8(ascii: "\t")]
        if document.startsWrittenLine(at: start, skipping: markup) { return true }
        // A code of letters, a full stop and digits before it: "ePatient.02 ", "eScene.17 ".
        let written = document.source.utf8
        var index = start - 1
        guard index >= 1, written[index] == UInt8(ascii: " ") else { return false }
        index -= 1
        let codeEnd = index + 1
        while index >= 0, written[index].isDigit { index -= 1 }
        guard index >= 1, index < codeEnd - 1, written[index] == UInt8(ascii: ".") else { return false }
        index -= 1
        while index >= 0, written[index].isASCIILetter { index -= 1 }
        return document.startsWrittenLine(at: index + 1, skipping: markup) && written[index + 1].isASCIILetter
    }

    /// A value that names something: not a placeholder of ordinary words ("Unknown", "not recorded", "see above"), unless a capitalised
    /// word is a name the lexicons know ("Summer").
    private static func isProperValue(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let words = document.bytes[range].split(whereSeparator: { !$0.isLetterLike && $0 != UInt8(ascii: "'") })
        guard !words.isEmpty else { return false }
        return words.contains { word in
            let lower = word.map(\.lowercased)[...]
            return !Lexicon.englishWords.contains(lower) && !PersonNames.stopwords.contains(lower) && !Lexicon.abbreviations.contains(lower)
                || word.first.map { $0.isUpper } == true
                    && (Lexicon.firstNames.contains(lower) || Lexicon.firstNamesWithWords.contains(lower) || Lexicon.surnames.contains(lower))
        }
    }
}
