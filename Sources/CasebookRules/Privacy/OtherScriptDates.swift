/// Dates with their month written in Arabic (with Persian and Urdu), Hebrew, Greek, Devanagari, Bengali, Tamil or Thai letters,
/// in the Gregorian calendar and in the Hijri, Persian, Bengali, Nepali, Tamil and Thai ones: "١٤ رمضان ١٤٤٥هـ", "۱۲ اگست ۲۰۲۳",
/// "15 अगस्त 2023", "28 ফাল্গুন 1430", "๑๕ สิงหาคม ๒๕๖๖", "17 ส.ค. 2566", "22 Μαρτίου 2024" — a day before the month, or a year
/// after it. (Native digits are ASCII ones by then: `ScanDocument.withASCIIDigits`.)
enum OtherScriptDates {
    static let months = EastAsianScript.utf8([
        // Arabic: the Gregorian months of Egypt and the Gulf, of the Levant and Iraq, of the Maghreb; the Hijri months.
        "يناير", "فبراير", "مارس", "أبريل", "إبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر",
        "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
        "تشرين الثاني", "كانون الأول", "ماي", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر", "محرم", "صفر", "ربيع الأول", "ربيع الآخر",
        "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
        // Persian (solar) and Urdu.
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند", "جنوری", "فروری",
        "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر",
        // Hebrew, Greek (the genitive of a date and the nominative).
        "ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר", "Ιανουαρίου",
        "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου",
        "Δεκεμβρίου", "Ιανουάριος", "Φεβρουάριος", "Μάρτιος", "Απρίλιος", "Μάιος", "Ιούνιος", "Ιούλιος", "Αύγουστος", "Σεπτέμβριος",
        "Οκτώβριος", "Νοέμβριος", "Δεκέμβριος",
        // Hindi, Marathi, Nepali (Bikram Sambat).
        "जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर",
        "नवम्बर", "दिसंबर", "दिसम्बर", "जानेवारी", "फेब्रुवारी", "एप्रिल", "मे", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर",
        "डिसेंबर", "बैशाख", "वैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कार्तिक", "मंसिर", "पुस", "माघ", "फागुन", "चैत",
        // Bengali (Gregorian and Bengali calendar), Tamil (Gregorian and Tamil calendar).
        "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
        "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র", "ஜனவரி",
        "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்", "சித்திரை",
        "வைகாசி", "ஆனி", "ஆடி", "ஆவணி", "புரட்டாசி", "ஐப்பசி", "கார்த்திகை", "மார்கழி", "தை", "மாசி", "பங்குனி",
        // Thai, and its abbreviations.
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน",
        "ธันวาคม", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ])

    static func dates(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasOtherScriptLetters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for month in months {
            for offset in document.offsets(of: month) where document.zone(at: offset) == .text {
                let end = offset + month.count
                // The month is a whole word: no letter of its script right after it ("मे" is not the start of "मेरा").
                guard OtherScripts.letterLength(at: end, in: bytes) == 0 else { continue }
                // The day before it, with a space or without: "١٤ رمضان", "28 ফাল্গুন".
                var dayEnd = offset
                if dayEnd >= 1, bytes[dayEnd - 1] == UInt8(ascii: " ") { dayEnd -= 1 }
                var dayStart = dayEnd
                while dayStart >= 1, dayEnd - dayStart < 3, bytes[dayStart - 1].isDigit { dayStart -= 1 }
                let day = (1...2).contains(dayEnd - dayStart) ? Int(String(decoding: bytes[dayStart..<dayEnd], as: UTF8.self)) ?? 0 : 0
                let hasDay = (1...31).contains(day) && (dayStart == 0 || !bytes[dayStart - 1].isAlphanumeric && bytes[dayStart - 1] != UInt8(ascii: "."))
                // The year after it, after a space or a comma: "رمضان ١٤٤٥هـ" (the Hijri era's letters after it), "15 अगस्त, 2023",
                // "Σεπτέμβριος 2023".
                var yearStart = end
                if bytes[yearStart...].starts(with: ", ".utf8) { yearStart += 2 } else if yearStart < bytes.count, bytes[yearStart] == UInt8(ascii: " ") { yearStart += 1 }
                var yearEnd = yearStart
                while yearEnd < bytes.count, bytes[yearEnd].isDigit { yearEnd += 1 }
                let year = yearEnd - yearStart == 4 ? Int(String(decoding: bytes[yearStart..<yearEnd], as: UTF8.self)) ?? 0 : 0
                let hasYear = DateRule.isCalendarYear(year) && (yearEnd == bytes.count || bytes[yearEnd] >= 0x80 || !bytes[yearEnd].isAlphanumeric)
                if hasDay {
                    found.append(dayStart..<(hasYear ? yearEnd : end))
                } else if hasYear, offset == 0 || bytes[offset - 1] < 0x80 && !bytes[offset - 1].isAlphanumeric {
                    // "فروردین ۱۴۰۲", "Αυγούστου 2023": a month and a year, the month starting a word.
                    found.append(offset..<yearEnd)
                }
            }
        }
        return found
    }
}
