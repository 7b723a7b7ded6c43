/// Names written in Arabic (with Persian and Urdu), Hebrew, Greek, Devanagari, Bengali, Tamil and Thai letters, as forms and
/// letters pasted into a case write them: after a label of a name ("الاسم: مريم راشد الكتبي", "नाम: सुनीता देवी", "| שם | …"), and
/// after a title ("د. سعاد الكعبي", "دکتر فرهاد نیک‌بخت", "นพ.กิตติพงษ์ เจริญรัตน์"). (Chinese, Japanese and Korean are
/// `EastAsianScript`'s; Cyrillic is `CyrillicNames`'.)
enum OtherScripts {
    /// Labels of a person's name in forms, followed by a colon or a table bar: the patient's, the doctor's, a parent's or
    /// a husband's name.
    static let labels = EastAsianScript.utf8([
        // Arabic, Persian, Urdu.
        "الاسم", "اسم المريض", "اسم المريضة", "اسم الأب", "اسم الأم", "اسم الزوج", "المريض", "المريضة", "الطبيب", "الطبيب المعالج",
        "الطبيبة", "الشهرة", "المرسل", "ولي الأمر", "نام", "نام و نام خانوادگی", "نام بیمار", "نام پدر", "نام مادر", "نام خانوادگی",
        "پزشک معالج", "پزشک", "بیمار", "همراه", "ولدیت", "مریض", "مریضہ",
        // Hebrew.
        "שם", "שם המבוטח", "שם המטופל", "שם המטופלת", "שם משפחה", "שם פרטי", "רופא מפנה", "רופא מטפל", "רופאה מטפלת", "מטופל",
        "מטופלת", "שם האב",
        // Hindi, Marathi, Bengali, Tamil.
        "नाम", "मरीज़", "मरीज", "रोगी", "पति", "पिता", "माता", "पत्नी", "चिकित्सा पदाधिकारी", "चिकित्सक", "रुग्ण", "रुग्णाचे नाव", "नाव",
        "নাম", "রোগীর নাম", "পিতা", "মাতা", "স্বামী", "প্রেরক", "রোগী", "চিকিৎসক", "பெயர்", "நோயாளி", "மருத்துவர்", "தந்தை", "கணவர்",
        // Thai, Greek.
        "ชื่อ-สกุล", "ชื่อ", "ผู้ป่วย", "ศัลยแพทย์", "แพทย์", "ญาติ", "บิดา", "มารดา", "Ονοματεπώνυμο", "Όνομα", "Επώνυμο", "Ασθενής",
        "Θεράπων ιατρός", "Ιατρός", "Πατρώνυμο",
    ])
    /// Titles written before a name, with a space or without: doctor, Mr, Mrs, and the like.
    /// (Longest first, so that "الدكتورة" is not read as "الدكتور" and a name starting "ة", nor "นางสาว" as "นาง".)
    static let titles = EastAsianScript.utf8([
        "د.", "الدكتور", "الدكتورة", "السيد", "السيدة", "الحاج", "الحاجة", "دکتر", "آقای", "خانم", "ڈاکٹر", "ד״ר", "ד\"ר", "גב׳",
        "डॉ.", "डॉ", "श्री", "श्रीमती", "ডাঃ", "ডা.", "মোঃ", "শ্রী", "জনাব", "டாக்டர்", "திரு.", "திருமதி", "นพ.", "พญ.", "นางสาว",
        "นาย", "นาง", "คุณ", "นายแพทย์", "แพทย์หญิง", "นางพยาบาล", "Δρ.", "κα", "κ.",
    ]).sorted { $0.count > $1.count }

    /// The length of a letter of these scripts at an offset (two bytes for Arabic, Hebrew and Greek, three for the Indian scripts
    /// and Thai, and the zero-width non-joiner inside Persian words), or 0.
    static func letterLength(at index: Int, in bytes: [UInt8]) -> Int {
        guard index + 1 < bytes.count else { return 0 }
        let lead = bytes[index], next = bytes[index + 1]
        switch lead {
        case 0xCE, 0xCF, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xDB:
            guard next & 0xC0 == 0x80 else { return 0 }
            // Not the Arabic comma, semicolon, question mark, percent sign and number separators, the Urdu full stop, nor the
            // Greek ano teleia.
            if lead == 0xD8, next == 0x8C || next == 0x9B || next == 0x9F { return 0 }
            if lead == 0xD9, (0xAA...0xAD).contains(next) { return 0 }
            if lead == 0xDB, next == 0x94 { return 0 }
            if lead == 0xCE, next == 0x87 { return 0 }
            return 2
        case 0xE0:
            guard index + 2 < bytes.count, [0xA4, 0xA5, 0xA6, 0xA7, 0xAE, 0xAF, 0xB8, 0xB9].contains(next) else { return 0 }
            // Not the danda and double danda that end a sentence.
            if next == 0xA5, bytes[index + 2] == 0xA4 || bytes[index + 2] == 0xA5 { return 0 }
            return 3
        case 0xE2:
            return index + 2 < bytes.count && next == 0x80 && bytes[index + 2] == 0x8C ? 3 : 0
        default:
            return 0
        }
    }

    /// The words of these scripts from an offset, joined by single spaces, at most `maximum`: a word may hold a hyphen
    /// ("שלו-מזרחי") and end in a full stop (an initial, "செ."). A last word that a colon follows is the next label's.
    static func words(from start: Int, maximum: Int, in bytes: [UInt8]) -> Range<Int>? {
        var index = start, count = 0
        var ends: [Int] = []
        while index < bytes.count, count < maximum {
            let wordStart = index
            while index < bytes.count {
                let length = letterLength(at: index, in: bytes)
                if length > 0 { index += length; continue }
                if bytes[index] == UInt8(ascii: "-"), index > wordStart, letterLength(at: index + 1, in: bytes) > 0 { index += 1; continue }
                break
            }
            guard index > wordStart else { break }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
            count += 1
            ends.append(index)
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "), letterLength(at: index + 1, in: bytes) > 0 else { break }
            index += 1
        }
        guard var end = ends.last else { return nil }
        var after = end
        while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
        if after < bytes.count, bytes[after] == UInt8(ascii: ":") {
            guard ends.count >= 2 else { return nil }
            end = ends[ends.count - 2]
        }
        // A lone letter or a word of one letter is no name.
        return end - start >= 4 ? start..<end : nil
    }

    /// Whether a label or title at an offset starts a word: the text's start, or no letter of these scripts before it.
    static func startsWord(_ offset: Int, in bytes: [UInt8]) -> Bool {
        offset == 0 || !(max(0, offset - 3)..<offset).contains { letterLength(at: $0, in: bytes) > 0 && $0 + letterLength(at: $0, in: bytes) == offset }
    }

    /// Where the value after each of these labels starts, in the text zone: the label, a colon or a table bar (spaces and bold
    /// around them), then the value; or, with `orDigitsAfterASpace`, the label, a space and a digit.
    static func valueStarts(after labels: [[UInt8]], in document: ScanDocument, orDigitsAfterASpace: Bool = false) -> [Int] {
        let bytes = document.bytes
        var starts: [Int] = []
        for label in labels {
            for offset in document.offsets(of: label) where startsWord(offset, in: bytes) && document.zone(at: offset) == .text {
                var index = offset + label.count
                if orDigitsAfterASpace, index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "), bytes[index + 1].isDigit {
                    starts.append(index + 1)
                    continue
                }
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "*") { index += 1 }
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "|") else { continue }
                index += 1
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "*") { index += 1 }
                starts.append(index)
            }
        }
        return starts
    }

    /// Labels of an address or a place of birth or residence: "العنوان", "محل الولادة", "آدرس", "पता", "ঠিকানা", "முகவரி",
    /// "ที่อยู่", "Διεύθυνση", "כתובת".
    static let addressLabels = EastAsianScript.utf8(["العنوان", "عنوان", "السكن", "محل وتاريخ الولادة", "مكان الولادة", "محل الولادة",
                                                    "محل الإقامة", "مكان الإقامة", "محل تولد", "آدرس", "نشانی", "پتہ", "पता", "पत्ता", "ঠিকানা", "முகவரி",
                                                    "ที่อยู่", "Διεύθυνση", "Δ/νση", "δ/νση", "Διεύθ.", "Δ/νση διαμονής", "Διεύθυνση διαμονής", "Διεύθυνση κατοικίας", "כתובת", "מען"])

    /// Addresses after a label in these scripts: the rest of the written line, up to two spaces, a table bar or a dash between
    /// spaces ("پتا: …   فون: …").
    static func addresses(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasOtherScriptLetters else { return [] }
        let bytes = document.bytes, written = document.source.utf8
        var found: [Range<Int>] = []
        for start in valueStarts(after: addressLabels, in: document) {
            var end = start
            while end < bytes.count, !written[end].isLineBreak, bytes[end] != UInt8(ascii: "|"),
                  !(bytes[end] == UInt8(ascii: " ") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: " ")),
                  !(bytes[end] == UInt8(ascii: " ") && document.isDash(at: end + 1)) { end += 1 }
            if end - start >= 4 { found.append(start..<end) }
        }
        return found
    }

    /// Labels of identity and record numbers: national numbers ("الرقم القومي", "کد ملی", "ת.ז.", "ΑΜΚΑ"), file numbers
    /// ("شماره پرونده", "رقم السجل"), birth certificates.
    static let numberLabels = EastAsianScript.utf8(["الرقم القومي", "رقم قومي", "الرقم الوطني", "رقم الهوية", "رقم السجل", "رقم الملف",
                                                   "رقم شهادة الميلاد", "رقم الجواز", "کد ملی", "شماره ملی", "شماره پرونده", "شناسنامه",
                                                   "شناختی کارڈ", "ת.ז.", "ת\"ז", "מספר זהות", "מס׳", "מס'", "מספר", "ΑΜΚΑ", "Α.Μ.", "ΑΦΜ", "आधार",
                                                   // Greek and Cypriot identity cards and beneficiaries ("Αρ. Ταυτ. 0812374"), Ukraine's taxpayer number.
                                                   "Αρ. Ταυτ.", "Ταυτότητας", "δικαιούχου", "РНОКПП", "ІПН",
                                                   "জাতীয় পরিচয়পত্র নং", "এনআইডি", "เลขประจำตัวประชาชน"])

    /// Numbers after a label of an identity or record number in these scripts ("کد ملی: ۰۰۷۹۴۱۸۲۷۳", "رقم قومي ٢٨٥٠…"): digits
    /// with spaces, dashes or slashes between them, five digits at least.
    static func numbers(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasOtherScriptLetters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        // ("— رقم قومي ٢٨٥…": a label then a space, without a colon, too.)
        let starts = valueStarts(after: numberLabels, in: document, orDigitsAfterASpace: true)
        for start in starts where start < bytes.count && bytes[start].isDigit {
            var end = start, digits = 0
            while end < bytes.count {
                if bytes[end].isDigit { digits += 1; end += 1; continue }
                if [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "/")].contains(bytes[end]), end + 1 < bytes.count, bytes[end + 1].isDigit { end += 1; continue }
                break
            }
            if digits >= 5 { found.append(start..<end) }
        }
        return found
    }

    static func names(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasOtherScriptLetters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for var index in valueStarts(after: labels, in: document) {
            // "نام: محمد حمزہ"; "الطبيب: د. هبة الشناوي", "ชื่อ-สกุล: นายบุญมี แก้วประเสริฐ": a title first is left out.
            if let title = titles.first(where: { bytes[index...].starts(with: $0) }) {
                index += title.count
                if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            }
            if let name = words(from: index, maximum: 6, in: bytes) { found.append(name) }
        }
        for title in titles {
            for offset in document.offsets(of: title) where startsWord(offset, in: bytes) && document.zone(at: offset) == .text
                && !titles.contains(where: { $0.count > title.count && bytes[offset...].starts(with: $0) }) {
                var index = offset + title.count
                // "د. سعاد", "นพ.กิตติพงษ์": with a space or without; a title that is a whole word needs the space.
                if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 } else if letterLength(at: index, in: bytes) > 0, title.last != UInt8(ascii: "."),
                    !["นาย", "นาง", "นางสาว"].map({ Array($0.utf8) }).contains(title) { continue }
                if let name = words(from: index, maximum: 3, in: bytes) { found.append(name) }
            }
        }
        return found
    }
}
