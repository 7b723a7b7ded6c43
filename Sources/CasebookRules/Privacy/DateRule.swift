/// `privacy.date`: a date more specific than a year — birth, admission, discharge, death, the date of a study.
struct DateRule: TextRule {
    let description = RuleDescription(
        id: "privacy.date",
        summary: "Date more specific than a year",
        rationale: "Dates of birth, admission, discharge, death or a study, joined with other details, identify patients (HIPAA Safe Harbor §164.514(b)(2)(i)(C)); a year alone does not.",
        defaultSeverity: .error,
        hint: "Give relative times instead (\"on day 3\", \"two weeks later\"), or the year alone.",
        passing: [
            "Admitted 3/7 ago with LRTI; seen 3/12 ago; cough for 2/52.",
            "Apgar:               9-10-10; Apgars 8-9-10 at one, five and ten minutes.",
            "| OCT2 / BOB1 | lost or weak |; SEPT9 methylation.",
            "![CT](images/ct-13-45.png), ![ECG](ecg_12_lead.png), ![Figure](fig-3-2.png), ![Scan](scan-2019-13-40.png), the 14-11 split.",
            "Growth: height on the 9th centile, weight on the 6th, head circumference on the 2nd.",
            "Scores:\n\n> GCS 10/15 12:40 on arrival.\n- 4/5 power at 10:00\n| 2/3 | 14:00 |\n",
            "Success on the 3rd attempt; the 20th century; weight fell from the 25th to below the 0.4th centile.",
            "Seen in 2019; reviewed on day 5 and again 3 weeks later at 14:30.",
            "Penicillin was started 2.5 hours before birth; surgery removed 2/3 of the clot; the day of 1.5 L losses.",
            "Scored 3 out of 4; the 2 may differ; 1 set. Then 2 sets; 1.5 mar; stage 4 march 2 km; the Mars 2020 rover.",
            "BP 128/84, GCS 14/15, 4/4 bottles grew E. coli; 2/3 of patients improve; symptoms for 4/12; acuity 6/9.",
            "Version 2.1.3; sodium 1.2.3 is not a date; pages 12-34; release 2.1.12; section 4.2.11; v2.1.12; §3.1.20.",
            "She may need surgery. We march on. The heating was off in February. Weight fell across the 25th and 9th centiles.",
            "Thorax. 2023;78(Suppl 3):s1-s42.",
            "Buprenorphine/naloxone 16/4 mg SL daily. So 2.5 mg was given; Do 1.5 L in. He met 3/4 SIRS criteria, was given 1/2 NS and repeated 3/7 later.",
            "Eid al-Fitr: return to the usual regimen the day after Eid; fasting in Ramadan; Diwali sweets.\n\nAcuity 6/18 and 20/25; a 10/7 history; 6/52 of rehab; 12/12 of symptoms; pT3a N1 (2/14); attack rate 7/22 overall; 3/15 nodes; vision 20/10.",
            "| 七月 | 1/2 tablets | 3/4 (75 %) |\n\n十二月 was cold; ratio 2/3 of cases.",
            "Version 112.3.6 of the app; SpO2 98.5.12 readings; node 10.41.7.22.",
            "She improved from 9/10 to 4/10 and went home. Vital capacity fell from 3.1 litres to 1.4 litres over\n48 hours.",
            "Pain on the 2nd to 4th toes; on the 2nd–4th fingers.",
            "Week 32 of the trial; the 3rd week 2 of chemotherapy; onsdag vecka 60; the Monday clinic, week 3 of the rota was full.",
            "On Monday, week 3 of radiotherapy; seen Friday week 2 post-op.",
            "Flexion 90°16.5; at 37°12.5 degrees.",
            "ቀን: 3 ሰዓት; 12 ቀን ቆየ.",
        ],
        failing: [
            "Creatinine peaked on the ⟦16th⟧ — no TMA. Fixation on the ⟦20th⟧ by the ortho team; off work since the ⟦8th⟧.",
            "Implanted on ⟦2023. március 14.⟧; Atvykimo data: ⟦2024 m. sausio 7 d.⟧; Visit 1 (⟦2. märts 2024⟧).",
            "Line list:\n\n| No. | Age | Rash onset | Exposure |\n|---|---|---|---|\n| 1 | 9 y | ⟦06.03⟧ | ⟦4/18⟧ dine-in |",
            "Seen on ⟦3/14⟧; consent signed ⟦3/14⟧ for the photos. Caption: heliotrope rash, ⟦3/14⟧. Then 3/14 nodes; 13/14; 3/14/2 ratio.",
            "Admitted on ⟦12/03/2021⟧ and discharged ⟦2021-03-19⟧.",
            "PSA 7.8 (⟦janv. 2024⟧); urosepsis (adm. ⟦Nov '24⟧). Discharge planned ⟦11/5⟧.\n\n- **⟦6/9⟧**: fixator.\n- **⟦6/13⟧**: VAC change; **⟦6/16⟧**: closure.",
            "PET-CT ⟦8. 2. 2024⟧: uptake; diagnosed in ⟦novembro de 2022⟧.",
            "EXIF:\n\n    DateTimeOriginal ............ ⟦2023:09:03 19:14:08⟧\n    (0010,0030) PatientBirthDate  DA  [⟦19290621⟧]",
            "Intubated 11 days, extubated ⟦10/1⟧; refill confirmed ⟦11/1⟧; tryouts the wk of ⟦4/14⟧.\n\n- **⟦4/11⟧**, SR. Granulating.",
            "**Zhurnal medchasti, ⟦9 fevralya 2024⟧ g.** Visited on ⟦14 iyulya⟧.",
            "Date of birth the ⟦twenty-second of February⟧ nineteen thirty-two; seen on the ⟦third of August⟧ and the ⟦twenty first of May⟧.",
            "CGM download for ⟦20 Julai 2024⟧; reviewed on ⟦5hb Ogos 2024⟧; on ⟦3 June⟧ (⟦3 ng Hunyo⟧).",
            "Bypass on ⟦14 maja 2021⟧; CGM from ⟦20 lutego 2024⟧; an inpatient in ⟦Februar 2023⟧; KUB on ⟦8. august 2023⟧; seen ⟦29 mar. 2023⟧ and from ⟦6 feb⟧; follow-up in ⟦outubro de 2023⟧; normal by ⟦mei 2024⟧.",
            "Hand therapy from ⟦5월 24일⟧.\n\n**⟦7.3.⟧ 15:20** Returned from recovery.\n\nCGM ⟦20.02⟧–⟦05.03.2024⟧; on ⟦10 Jumada⟧ al-Awwal 1441.",
            "Feed:\nEVN|A02|⟦202309061530⟧\nOBX|1|TX|IMPRESSION||See report",
            "DOB: ⟦04/07/58⟧; seen ⟦12.03.2021⟧; order granted ⟦27.03.23⟧; medical (⟦12.01.24⟧).",
            "The scan on ⟦3 March 2021⟧ and the review on ⟦March 3rd⟧.",
            "Born on the ⟦3rd of March⟧, died ⟦Mar 3, 2022⟧.",
            "First seen in ⟦March 2021⟧; imaging ⟦03-MAR-21⟧.",
            "Admitted on ⟦Boxing Day 2022⟧; study date ⟦20250311⟧; she fell on ⟦Diwali⟧ and again at ⟦Eid al-Fitr 2024⟧.",
            "Seen ⟦Thursday 16th⟧ and ⟦Sat 10/12⟧; born ⟦23/09 at 04:17⟧; collected ⟦24.xi.2025⟧, opéré ⟦6 octobre 2025⟧.",
            "The date of each verified call (⟦01/07⟧, ⟦15/07⟧, ⟦29/07⟧) was logged; her pain score fell from 8/10 to 3/10.",
            "HbA1c by month: ⟦03/2022⟧ and ⟦09/2023⟧; vom ⟦02.06.⟧ bis ⟦19.06.2024⟧; ⟦5月14日⟧; voice note ⟦12/11⟧ 07:42.",
            "The line list:\n| Case | Onset |\n|---|---|\n| 1 | ⟦02/09⟧ |\n\nLast apixaban dose: 20:00 ⟦7/8⟧.",
            "The doses were given on ⟦8/8⟧, ⟦8/11⟧, ⟦8/15⟧ and ⟦9/5⟧.",
            "Notes:\n**⟦apr 3⟧** — in for intake.\n**⟦may 2⟧** — slept.\n⟦june 27⟧ — moved on ⟦may 30⟧. It may 2 or 3 times; dec 2 mm; she may 4.",
            "Consent form scanned ⟦11/01⟧ — ok with photos; the RCA panel met ⟦22/4⟧; a card to the ward team, ⟦20/3⟧.",
            "Timeline:\n- **⟦13/08⟧** — Waratah wing closed.\n- **⟦14/08⟧, 08:00** — PCR positive.\n\n| Index | CT severity | 8/10 at 96 h |",
            "Dyddiad geni: ⟦9 Mawrth 1951⟧; died ⟦2 Pipiri 2023⟧; sent Tue 09:14 AWST.\n\nExport: ⟦2024-04-21⟧T06:14:52Z,118; kenet ⟦2023. 03. 14⟧.; on ART since ⟦2019-03⟧; RAMQ card exp. ⟦2026-07⟧; Na at ⟦12-02⟧ 15:30.\n\nLens: Model SN6AT4, Exp 2027-08; ages 2019-2023.",
            "Diary:\n> *⟦Mo 3.7⟧.* — tick bite. *⟦mardi 4/6⟧* fever. MMR given ⟦4/13⟧; siblings booked for ⟦3/28⟧; a 14 Fr 1.2 cm button.\n\n| Bed | Adm | Dx |\n|---|---|---|\n| 7B | ⟦11/3⟧ | CAP |",
            "| 出生日期 | 农历 ⟦丁亥年七月初十⟧ |\n\nhis lunar birthday, ⟦腊月初九⟧.\n\n| ⟦11/3⟧ (금) | clinic |\n> **약국** ⟦4/13⟧ 오전 9:02",
            "Swelling from ngày ⟦10 tháng 4⟧; discharged ⟦20 tháng 4 năm 2023⟧; aspirated on ⟦2 Ekim 2023⟧.\n\n| DateTimeOriginal | ⟦2023:06:11 07:42:18⟧ |",
            "Weights from ⟦R5.10.20⟧ to ⟦R5.11.16⟧; AF since ⟦H30.2.14⟧.\n\n| Enrolment | ⟦112.03.06⟧ | 10.4 % |",
            "Born ⟦3 Şubat 2021⟧; seen ⟦3 ŞUBAT 2021⟧.",
            "File mr-⟦14feb23⟧-abg.jpg; ⟦fri 7/21⟧ works. The list on the ⟦4/1⟧ was cancelled. Le soir du ⟦1er mars⟧. On ⟦3 Márta 2023⟧ he came.",
            "Admitted ⟦١٤ رمضان ١٤٤٥⟧هـ; seen ⟦15 अगस्त 2023⟧; CT on ⟦17 ส.ค. 2566⟧; out ⟦22 Μαρτίου 2024⟧; Persian ⟦۱۴۰۲/۰۹/۱۲⟧; film ⟦4/5/1445⟧.",
            "Seen on ⟦3/1⟧. Seen on ⟦3/14⟧. Caption: heliotrope rash, ⟦3/14⟧.",
            "School nurse log:\n\n> **⟦10/7⟧** 12:41 — Sent from recess by aide.\n> **⟦10/14⟧** 12:52 — Found on a bench.\n> ⟦3/8⟧ — 05h40. Femme âgée.",
            "Growth:\n\nWeight on the 9th centile. Seen again on the ⟦14th⟧.",
            "Signed:\n\nПідписано: ⟦2 травня 2022⟧ р.; seen on ⟦14 июля 2023⟧ г. and in ⟦лютий 2024⟧.",
            "SMS log:\n\n> 10:15 called. ⟦24/07⟧ SMS sent; ⟦29/07⟧ — spoke. Off work 3/7; review in 4/12.",
            "Carer diary:\n\n> ⟦Weds 2nd⟧ 3 a.m. — the machine is beeping.",
            "Images:\n\n![Pelvis](images/pelvis-ap-⟦14-11⟧.png) and ![Scan](bladder_scan_⟦06-03⟧.jpg), ![CT](ct-head-⟦12-05-24⟧.png).",
            "Discharge:\n\nDischarged on ⟦14 Mart 2023⟧; e-Medikation ⟦15. Jänner 2024⟧; Psychiater seit ⟦Okt. 2023⟧.",
            "Kontrola ⟦14. III. 2022⟧. i ⟦22. studenoga 2022⟧., pregled ⟦15. фебруар 2023⟧.; plan od ⟦ožujak 2023⟧.",
            "<!-- AMH ⟦7/10⟧: keep her out. --> <!-- NM (trabajo social) ⟦2/11⟧: she agreed. --> Home visit ⟦9/18⟧. Pain 3/10.",
            "On ⟦onsdag vecka 11⟧ she slipped; on ⟦tisdag vecka 35⟧ he came in; seen ⟦Monday week 32⟧; the visit on þriðjudaginn ⟦9. janúar⟧ because of a fall.",
            "> Betreft: dhr. M. V., °⟦16.07.1948⟧, rijksregisternummer op aanvraag",
            "የተወለደበት: ⟦ጥር 12 ቀን 2016 ዓ.ም.⟧ ተመዝግቧል",
        ]
    )

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Holidays that pin a day: "Boxing Day 2022", "Christmas Eve", "St Patrick's Day".
    static let holidays = ["christmas day", "christmas eve", "boxing day", "new year's day", "new year's eve", "new years day",
                           "new years eve", "anzac day", "australia day", "canada day", "independence day", "thanksgiving day",
                           "thanksgiving", "halloween", "bonfire night", "guy fawkes night", "st patrick's day", "saint patrick's day",
                           "valentine's day", "good friday", "easter sunday", "easter monday", "diwali", "deepavali", "eid al-fitr",
                           "eid al-adha", "waitangi day", "labor day", "labour day", "memorial day", "remembrance day", "hogmanay",
                           "bastille day", "victoria day", "family day", "hanukkah", "yom kippur", "rosh hashanah", "holi", "vesak",
                           "all saints' day", "all saints day", "all souls' day", "st stephen's day", "st. patrick's day", "epiphany",
                           "ash wednesday", "shrove tuesday", "pancake day", "whit monday", "may day", "mother's day", "father's day",
                           "chinese new year", "lunar new year", "eid", "yule", "twelfth night"]

    /// The month names and abbreviations of `months`, for a probe without building a string.
    static let monthWords = WordList(months.keys, vocabulary: .monthWords)

    /// Feasts of lunar calendars, which fall on a different day each year.
    static let movableFeasts: Set<String> = ["eid", "eid al-fitr", "eid al-adha", "diwali", "deepavali", "chinese new year", "lunar new year", "holi",
                                             "vesak", "hanukkah", "yom kippur", "rosh hashanah"]

    func matches(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens
        var matches = document.headerMatches(.date, "date") + (EastAsianScript.dates(in: document) + OtherScriptDates.dates(in: document)).map { Match($0, "date") }
            + Self.vietnameseDates(in: document) + Self.exifDates(in: document) + Self.eraDates(in: document)
        for (holiday, end) in document.labels(.holiday) where document.zone(at: end - 1) == .text {
            let start = end - holiday.utf8.count
            // A holiday is written with a capital: "Family Day", not "a church family day".
            guard document.bytes[start].isUpper || document.bytes[start] >= 0x80 else { continue }
            var stop = end
            if let year = document.firstTokenIndex(from: end + 1).map({ tokens[$0] }).flatMap({ $0.start - end <= 2 ? $0 : nil }), year.isNumber, year.end - year.start == 4,
               document.onlySpaces(end..<year.start, allowing: [UInt8(ascii: ",")]) {
                stop = year.end
            }
            // A feast of a lunar calendar moves from year to year, and advice names it without any date ("the day after Eid"):
            // only a year after it, or "on" before it, pins a day.
            if stop == end, Self.movableFeasts.contains(holiday),
               !(document.lastTokenIndex(endingBy: start).map { document.bytes[tokens[$0].range].elementsEqual("on".utf8) && document.onlySpaces(tokens[$0].end..<start) } ?? false) {
                continue
            }
            matches.append(Match(start..<stop, "date"))
        }
        matches += weekdayAndDayMonth(in: document, tokens: tokens)
        matches += loggedDayMonths(in: document, tokens: tokens)
        matches += ordinalDays(in: document, tokens: tokens)
        matches += compactDayMonths(in: document, tokens: tokens)
        matches += fileNameDates(in: document, tokens: tokens)
        matches += ethiopianDates(in: document)
        matches += romanAndForeignMonths(in: document, tokens: tokens)
        matches += monthYearsAndEastAsian(in: document, tokens: tokens)
        // Cells of a column headed "Onset", "Date", "Admitted": "02/09", "13/09".
        // ("| Rash onset |", "| Exposure date |": a header whose last word says so; "| 4/18 dine-in |": the date, then a note.)
        for cellRange in TableColumns.cells(in: document, headers: Self.dateHeaders, matching: Self.endsLikeADateHeader) {
            let range = cellRange.lowerBound..<(document.bytes[cellRange].firstIndex(of: UInt8(ascii: " ")) ?? cellRange.upperBound)
            // (A note after the date only when it is written with a slash and a word follows that is no unit, "of" or "dose": "| 1.05
            // mmol/L |" is a value, "| 1/2 dose |" and "| 3/4 of dose given |" are fractions.)
            if range.upperBound < cellRange.upperBound, !document.bytes[range].contains(UInt8(ascii: "/")) || IdentityNumberRule.followedByUnit(range.upperBound, in: document)
                || document.token(startingAt: range.upperBound + 1).map({ $0.isNumber || ["of", "dose", "doses", "dosis"].contains(document.lowercased($0.range)) }) ?? true { continue }
            let cell = document.bytes[range]
            let parts = cell.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
            guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isDigit) }), parts[0].count <= 2, parts[1].count <= 2,
                  let day = Int(String(decoding: parts[0], as: UTF8.self)), let month = Int(String(decoding: parts[1], as: UTF8.self)),
                  (1...31).contains(day), (1...31).contains(month), day <= 12 || month <= 12 else { continue }
            matches.append(Match(range, "date"))
        }
        // Compact dates as DICOM and HL7 write them: 19300214, 20250311, and with the time: 202309041122, 20230904112245.
        for token in document.numbers.lazy.map({ tokens[$0] }) where [8, 12, 14].contains(token.end - token.start) && token.zone == .text {
            if Self.isCompactDate(Array(document.text(token.range)).compactMap(\.wholeNumberValue)),
               token.start == 0 || !document.bytes[token.start - 1].isAlphanumeric {
                matches.append(Match(token.range, "date"))
            }
        }
        for (position, token) in tokens.enumerated() {
            if !token.isNumber, token.end - token.start > 9 || token.end - token.start < 3 { continue }
            if !token.isNumber, !document.isCapitalised(token) {
                // Terse notes write months in lowercase: "**apr 3** — in for intake", "june 27 — moved".
                if token.zone == .text, position + 1 < tokens.count, tokens[position + 1].isNumber, tokens[position + 1].start - token.end <= 3,
                   token.isIn(.monthWords),
                   let month = Self.months[document.lowercased(token.range)], let range = lowercaseMonthDate(at: position, month: month, tokens: tokens, document: document) {
                    matches.append(Match(range, "date"))
                }
                continue
            }
            if token.zone == .reference { continue }
            if token.isNumber {
                if let range = numericDate(at: position, tokens: tokens, document: document) {
                    matches.append(Match(range, "date"))
                }
            } else if let month = Self.months[document.lowercased(token.range)], document.isCapitalised(token) || document.isAllCaps(token) {
                if let range = monthDate(at: position, month: month, tokens: tokens, document: document) {
                    matches.append(Match(range, "date"))
                }
            }
        }
        // "admitted 3/7 ago", "seen 3/12 ago": British shorthand for days and months before, whatever pattern took it for a day.
        matches.removeAll { Self.isShorthandBefore($0.range, in: document) }
        return matches + Self.sameDaysElsewhere(as: matches, in: document)
    }

    /// Whether a range is "n/7", "n/12" or "n/52" and "ago" follows it: days, months or weeks before, not a day and month.
    static func isShorthandBefore(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard range.count <= 5, let slash = bytes[range].firstIndex(of: UInt8(ascii: "/")), slash + 1 < range.upperBound,
              bytes[range.lowerBound..<slash].allSatisfy(\.isDigit), bytes[slash + 1] != UInt8(ascii: "0"), let second = Int(document.text((slash + 1)..<range.upperBound)), [7, 12, 52].contains(second) else { return false }
        return document.hasPrefix(" ago", at: range.upperBound)
    }

    /// A day and month with a slash found as a date ("seen on 3/14") is a date wherever else the text repeats it alone
    /// ("consent signed 3/14", "caption: Heliotrope rash, 3/14."), unless a count's noun or a unit follows ("3/14 nodes").
    static func sameDaysElsewhere(as matches: [Match], in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        /// The day and month at a number token: it, a slash and the number right after ("3/14"), or nil.
        func slashPair(at position: Int) -> Range<Int>? {
            guard position + 1 < tokens.count, tokens[position].isNumber, tokens[position + 1].isNumber, (1...2).contains(tokens[position].end - tokens[position].start),
                  (1...2).contains(tokens[position + 1].end - tokens[position + 1].start), tokens[position + 1].start == tokens[position].end + 1,
                  bytes[tokens[position].end] == UInt8(ascii: "/") else { return nil }
            return tokens[position].start..<tokens[position + 1].end
        }
        var days = Set<ArraySlice<UInt8>>()
        for match in matches where (3...5).contains(match.end - match.start) {
            let text = bytes[match.range]
            guard let slash = text.firstIndex(of: UInt8(ascii: "/")), (1...2).contains(slash - match.start), (1...2).contains(match.end - slash - 1),
                  text.allSatisfy({ $0.isDigit || $0 == UInt8(ascii: "/") }) else { continue }
            days.insert(text)
        }
        guard !days.isEmpty else { return [] }
        // The bytes the other dates cover, to leave them alone.
        var covered = [Bool](repeating: false, count: bytes.count)
        for match in matches { for offset in match.range where offset < covered.count { covered[offset] = true } }
        var found: [Match] = []
        for position in document.numbers where tokens[position].zone == .text {
            guard let range = slashPair(at: position), days.contains(bytes[range]) else { continue }
            // Alone: no letter, digit or slash joined to either end, nor a decimal after it ("13/14", "3/14/2023", "3/14.5").
            func joins(_ byte: UInt8) -> Bool { byte.isDigit || byte == UInt8(ascii: "/") || byte.isLetterLike }
            if range.lowerBound > 0, joins(bytes[range.lowerBound - 1]) { continue }
            if range.upperBound < bytes.count, joins(bytes[range.upperBound])
                || bytes[range.upperBound] == UInt8(ascii: ".") && range.upperBound + 1 < bytes.count && bytes[range.upperBound + 1].isDigit { continue }
            if range.contains(where: { covered[$0] }) { continue }
            if position + 2 < tokens.count, !tokens[position + 2].isNumber, tokens[position + 2].start - range.upperBound <= 2,
               countNouns.contains(tokens[position + 2], in: document) || doseUnits.contains(tokens[position + 2], in: document) { continue }
            found.append(Match(range, "date"))
        }
        return found
    }

    static let weekdays = WordList(vocabulary: .weekdays, ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                     "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"])
    /// Days of the week in other languages, which are a date only with a day and month right after them ("Mo 3.7.", "mardi 4/6",
    /// "Di 18.7."): German, French, Spanish, Italian and Dutch in full and abbreviated, and the short Portuguese forms ("segunda";
    /// "segunda-feira" is one token and not listed). (Not in `weekdays`: "Mo" and "Do" are names and words on their own.)
    static let foreignWeekdays: WordList = [
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mer", "jeu", "ven", "sam", "dim",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "ma", "wo", "vr", "za", "zo",
        "segunda", "terça", "terca", "quarta", "quinta", "sexta",
        // Swedish, Norwegian and Danish; Icelandic, also as the object of a date ("þriðjudaginn 9. janúar"); Finnish, with its "-na" form.
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag",
        "mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur",
        "mánudaginn", "þriðjudaginn", "miðvikudaginn", "fimmtudaginn", "föstudaginn", "laugardaginn", "sunnudaginn",
        "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
        "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina",
    ]
    /// Words for a week of the year, before its number: "onsdag vecka 11", "Monday week 32", "Mittwoch KW 11", "tiistaina viikolla 35".
    static let weekOfYearWords: Set<String> = ["vecka", "veckan", "uke", "uge", "viikko", "viikolla", "vika", "viku", "week", "wk", "kw", "v"]
    /// Things done on a day, written just before it: "extubated 10/1", "refill confirmed 11/1".
    static let eventVerbs: WordList = ["confirmed", "extubated", "intubated", "trained", "started", "restarted", "stopped", "visited", "called", "booked",
                                       "operated", "reviewed", "removed", "inserted", "fitted", "delivered", "transferred", "collected", "dispensed",
                                       "refilled", "emailed", "phoned", "texted", "vaccinated", "immunised", "immunized", "injured", "fell", "arrived",
                                       "returned", "presented", "readmitted", "rebooked", "cancelled", "canceled", "rescheduled", "signed", "expires", "expired",
                                       "planned", "scheduled", "discharged", "admitted", "seen", "died", "born", "tested", "swabbed", "scanned",
                                       // "bloods drawn 11/3", "echo performed 4/14".
                                       "performed", "drawn"]
    /// Verbs before a day and month that count things as often ("met 3/4 SIRS criteria", "repeated 3/7 later", "given 1/2 NS"):
    /// a date only when no count or British shorthand for days, weeks or months follows ("MMR given 4/13", "RCA panel met 9/27").
    static let countingVerbs: WordList = ["given", "met", "repeated"]
    /// Spans of time named by a day: "the wk of 4/14", "the night of 3/29".
    static let periodWords: WordList = ["week", "wk", "weekend", "night", "morning", "evening", "afternoon", "day"]
    /// Words before a day/month pair ("on 12/05", "born 23/09") that make it a date rather than a ratio.
    static let dayMonthContext = WordList(vocabulary: .dayMonthContext, ["on", "dated", "born", "admitted", "discharged", "died", "seen", "from", "until", "till", "since", "onset", "dob"])
    /// Vietnamese dates, where a month is "tháng" and its number: "ngày 10 tháng 4", "20 tháng 4 năm 2023", "tháng 4 năm 2023".
    static func vietnameseDates(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var matches: [Match] = []
        func number(_ position: Int, in range: ClosedRange<Int>) -> Bool {
            position >= 0 && position < tokens.count && tokens[position].isNumber && range.contains(value(tokens[position], in: document))
        }
        for position in tokens.indices where tokens[position].end - tokens[position].start == 6 && bytes[tokens[position].start] | 0x20 == UInt8(ascii: "t")
            && !tokens[position].isNumber && tokens[position].zone == .text
            && document.lowercased(tokens[position].range) == "tháng" && number(position + 1, in: 1...12) && tokens[position + 1].start == tokens[position].end + 1 {
            var start = tokens[position].start, end = tokens[position + 1].end
            let day = number(position - 1, in: 1...31) && tokens[position - 1].end + 1 == tokens[position].start
            if day { start = tokens[position - 1].start }
            // "năm 2023": the year.
            let withYear = position + 3 < tokens.count && document.lowercased(tokens[position + 2].range) == "năm" && tokens[position + 2].start == end + 1
                && number(position + 3, in: 1900...2100)
            if withYear { end = tokens[position + 3].end }
            guard day || withYear, start < end, bytes[start] != UInt8(ascii: " ") else { continue }
            matches.append(Match(start..<end, "date"))
        }
        return matches
    }

    /// Three number tokens joined by one separator byte, from the token at a position: "2023:06:11" by ":", "5.10.20" (of
    /// "R5.10.20") by ".".
    static func joinedNumbers(at position: Int, by separator: UInt8, in document: ScanDocument) -> (Token, Token, Token)? {
        let tokens = document.tokens, bytes = document.bytes
        guard position + 2 < tokens.count else { return nil }
        let first = tokens[position], second = tokens[position + 1], third = tokens[position + 2]
        guard first.isNumber, second.isNumber, third.isNumber, second.start == first.end + 1, third.start == second.end + 1,
              bytes[first.end] == separator, bytes[second.end] == separator else { return nil }
        return (first, second, third)
    }

    /// The value of a number token (0 when it does not fit an Int).
    static func value(_ token: Token, in document: ScanDocument) -> Int {
        Int(document.text(token.range)) ?? 0
    }

    /// Dates in the Japanese era and the Taiwanese (Minguo) calendar: "R5.10.20", "H30.2.14" (Reiwa 5, Heisei 30: an era's letter,
    /// its year, a month and a day with dots), "112.03.06" (year 112 of the Republic: 2023).
    static func eraDates(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var matches: [Match] = []
        for position in document.numbers where tokens[position].zone == .text {
            guard let (year, month, day) = joinedNumbers(at: position, by: UInt8(ascii: "."), in: document),
                  month.end - month.start <= 2, day.end - day.start <= 2,
                  (1...12).contains(value(month, in: document)), (1...31).contains(value(day, in: document)),
                  day.end >= bytes.count || !bytes[day.end].isAlphanumeric && !(bytes[day.end] == UInt8(ascii: ".") && day.end + 1 < bytes.count && bytes[day.end + 1].isDigit) else { continue }
            var start = year.start
            if start >= 1, [UInt8(ascii: "R"), UInt8(ascii: "H"), UInt8(ascii: "S")].contains(bytes[start - 1]), year.end - year.start <= 2,
               start == 1 || !bytes[start - 2].isAlphanumeric {
                // The era's letter: Reiwa, Heisei, Showa.
                start -= 1
            } else if year.end - year.start == 3, (100...120).contains(value(year, in: document)), month.end - month.start == 2, day.end - day.start == 2,
                      start == 0 || !bytes[start - 1].isAlphanumeric && bytes[start - 1] != UInt8(ascii: ".") {
                // The Minguo year: two-digit month and day ("112.03.06"), not a version ("112.3.6") or an address.
            } else {
                continue
            }
            matches.append(Match(start..<day.end, "date"))
        }
        return matches
    }

    /// Dates as EXIF writes them, with colons: "2023:06:11 07:42:18" (a valid month and day; the time with them).
    static func exifDates(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var matches: [Match] = []
        for position in document.numbers where tokens[position].end - tokens[position].start == 4 {
            guard let (year, month, day) = joinedNumbers(at: position, by: UInt8(ascii: ":"), in: document),
                  month.end - month.start == 2, day.end - day.start == 2,
                  year.start == 0 || !bytes[year.start - 1].isAlphanumeric && bytes[year.start - 1] != UInt8(ascii: ":"),
                  day.end >= bytes.count || !bytes[day.end].isAlphanumeric && bytes[day.end] != UInt8(ascii: ":"),
                  (1900...2100).contains(value(year, in: document)), (1...12).contains(value(month, in: document)),
                  (1...31).contains(value(day, in: document)), year.zone == .text else { continue }
            var end = day.end
            if end + 9 <= bytes.count, bytes[end] == UInt8(ascii: " "), DateRule.clockTime(at: end + 1, in: bytes) {
                end += 1
                while end < bytes.count, bytes[end].isDigit || bytes[end] == UInt8(ascii: ":") { end += 1 }
            }
            matches.append(Match(year.start..<end, "date"))
        }
        return matches
    }

    static let foreignMonths = WordList(vocabulary: .foreignMonths, [
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "januar", "februar", "märz", "maerz", "juni", "juli", "oktober", "dezember", "gennaio", "febbraio", "aprile", "maggio", "giugno",
        // Icelandic (the others are written as in Danish or Swedish).
        "janúar", "febrúar", "apríl", "maí", "júní", "júlí", "ágúst", "nóvember",
        "luglio", "settembre", "ottobre", "dicembre", "januari", "februari", "maart", "augustus", "mei",
        "janeiro", "fevereiro", "março", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "desember", "maj",
        "muharram", "safar", "rajab", "shaban", "sha'ban", "ramadan", "ramadhan", "shawwal",
        // Malay and Tagalog: "20 Julai 2024", "5hb Ogos 2024", "ika-3 ng Hunyo".
        "mac", "julai", "ogos", "disember", "pebrero", "marso", "hunyo", "hulyo", "setyembre", "oktubre", "nobyembre", "disyembre",
        // Polish (the genitive of a date, "14 maja 2021", and the nominative), Czech, Romanian, Hungarian.
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "wrzesnia", "października", "pazdziernika",
        "listopada", "grudnia", "styczeń", "styczen", "luty", "marzec", "kwiecień", "kwiecien", "czerwiec", "lipiec", "sierpień", "sierpien",
        "wrzesień", "wrzesien", "październik", "pazdziernik", "listopad", "grudzień", "grudzien",
        "ledna", "února", "unora", "března", "brezna", "dubna", "května", "kvetna", "června", "cervna", "července", "cervence", "srpna", "září", "zari",
        "října", "rijna", "listopadu", "prosince",
        "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie", "decembrie",
        "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
        // Swedish, Danish and Norwegian; Finnish (and its partitive, "kesäkuuta"); Indonesian; Turkish.
        "augusti", "marts", "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu",
        "marraskuu", "joulukuu", "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
        "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta", "maret", "agustus",
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
        // Estonian ("2. märts 2024") and Lithuanian, its months in the genitive of a date ("2024 m. sausio 7 d.").
        "jaanuar", "veebruar", "märts", "aprill", "juuni", "juuli", "oktoober", "detsember",
        "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio",
        // Croatian, Bosnian, Serbian (in Latin and Cyrillic letters), Slovene and Slovak, the genitive of a date ("22. studenoga 2022.",
        // "15. фебруара 2023.", "3. junija 2024", "14. apríla 2023") and the nominative ("ožujak 2023.", "oktobar 2023").
        "siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan", "studeni", "prosinac",
        "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "studenoga", "studenog", "prosinca",
        "februara", "septembar", "oktobar", "novembar", "decembar", "januara", "aprila", "juna", "jula", "avgusta", "septembra", "oktobra",
        "novembra", "decembra", "marec", "junij", "julij", "januarja", "februarja", "junija", "julija",
        "јануар", "фебруар", "април", "мај", "јун", "јул", "септембар", "октобар", "новембар", "децембар",
        "јануара", "фебруара", "априла", "маја", "јуна", "јула", "септембра", "октобра", "новембра", "децембра",
        "januára", "februára", "apríla", "mája", "júna", "júla", "októbra",
        // Maltese: "14 ta' Marzu 2023" (the day and the month joined by "ta'").
        "jannar", "frar", "marzu", "mejju", "ġunju", "lulju", "awwissu", "settembru", "ottubru", "novembru", "diċembru",
        // Austrian German: "15. Jänner 2024", "3. Feber".
        "jänner", "jaenner", "feber",
        // Hijri months not listed above: "10 Jumada al-Awwal 1441", "3 Dhu al-Hijjah".
        "jumada", "rabi", "dhu",
        // Ukrainian and Russian in Cyrillic, the genitive of a date ("2 травня 2022 р.", "14 июля 2023 г.") and the nominative.
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
        "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
        // Russian transliterated, the genitive of a date ("28 fevralya 2024", "14 iyulya") and the nominative ("14-iyul'").
        "yanvarya", "fevralya", "marta", "aprelya", "iyunya", "iyulya", "avgusta", "sentyabrya", "oktyabrya", "noyabrya", "dekabrya",
        "yanvar", "fevral", "aprel", "iyun", "iyul", "avgust", "sentyabr", "oktyabr", "noyabr", "dekabr",
        // Irish: "3 Márta 2023", "14 Lúnasa".
        "eanáir", "feabhra", "márta", "aibreán", "bealtaine", "meitheamh", "iúil", "lúnasa", "samhain", "nollaig",
        // Welsh and Māori: "9 Mawrth 1951", "5 Hydref 2023", "4 Hōngongoi 2024", "12 Haratua 2023".
        "ionawr", "chwefror", "mawrth", "ebrill", "mehefin", "gorffennaf", "awst", "hydref", "tachwedd", "rhagfyr",
        "kohitātea", "kohitatea", "huitanguru", "poutūterangi", "poututerangi", "paengawhāwhā", "paengawhawha", "haratua", "pipiri",
        "hōngongoi", "hongongoi", "hereturikōkā", "hereturikoka", "mahuru", "hakihea",
        // Swahili and Fijian: "3 Aprili 2024", "Vukelulu 13 Maji".
        "machi", "aprili", "agosti", "septemba", "oktoba", "novemba", "desemba",
        "janueri", "feperueri", "maji", "epereli", "jiune", "okosita", "seviteba", "okotova", "noveba", "tiseba",
        // Nepal's Bikram Sambat months: "Falgun 28, 2080" (not "push" or "magh", which are words).
        "baisakh", "baishakh", "jestha", "asadh", "shrawan", "bhadra", "asoj", "ashwin", "kartik", "mangsir", "poush", "falgun", "phalgun", "chaitra",
        // Scottish Gaelic and Greenlandic: "Dimàirt 5 Màrt", "marsip 14-ani".
        "faoilleach", "gearran", "màrt", "giblean", "cèitean", "ògmhios", "iuchar", "lùnastal", "sultain", "dàmhair", "dùbhlachd",
        "januaarip", "februaarip", "marsip", "apriilip", "maajip", "juunip", "juulip", "aggustip", "septembarip", "oktobarip", "novembarip",
        "decembarip",
    ])
    /// Abbreviated months that are words or names too ("set", "out", "ago"): a month only with a full stop after it
    /// ("14 set. 2023", "17 fév.", "29 mar. 2023").
    static let foreignMonthAbbreviations = WordList(vocabulary: .foreignMonthAbbreviations, [
        "janv", "févr", "fevr", "fév", "fev", "avr", "juil", "déc", "ene", "abr", "ago", "dic", "set", "out", "dez", "okt", "mrt", "mär", "mrz",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])
    /// Lowercase English months after a day that are seldom anything else ("6 feb", "22 april"); "may" and "march" are
    /// verbs too ("the 2 may differ") and are dates in lowercase only with a year after them.
    static let unambiguousMonths: WordList = ["january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
                                              "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    static let romanMonths = WordList(vocabulary: .romanMonths, ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"])

    /// Prepositions before "the" and a day of the month: "on the 16th", "since the 8th", "by the 20th".
    static let ordinalDayPrepositions: WordList = ["on", "since", "by", "until", "till", "before", "after"]
    /// Words after "on the 20th" that go on the sentence rather than name a thing counted ("the 3rd attempt", "the 95th centile").
    static let afterOrdinalDay: WordList = ["by", "at", "and", "she", "he", "they", "we", "when", "with", "in", "but", "to", "for", "after",
                                            "before", "i", "it", "was", "were", "had", "the", "her", "his", "their", "while", "as"]

    /// A day of the month after a preposition and "the", with no month: "creatinine peaked on the 16th — no TMA", "definitive
    /// fixation on the 20th by the ortho team", "off work since the 8th." (not "on the 3rd attempt", "the 20th century", nor
    /// "from the 25th to below the 0.4th centile": "from" is left out).
    private func ordinalDays(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for position in document.numbers where position >= 2 && tokens[position].end - tokens[position].start <= 2 && position + 1 < tokens.count {
            let day = tokens[position], suffix = tokens[position + 1], article = tokens[position - 1], preposition = tokens[position - 2]
            guard day.zone == .text, suffix.start == day.end, ["st", "nd", "rd", "th"].contains(document.lowercased(suffix.range)),
                  (1...31).contains(Int(document.text(day.range)) ?? 0), bytes[article.range].elementsEqual("the".utf8),
                  article.end + 1 == day.start, preposition.end + 1 == article.start, Self.ordinalDayPrepositions.contains(preposition, in: document),
                  suffix.end == bytes.count || !bytes[suffix.end].isAlphanumeric && bytes[suffix.end] != UInt8(ascii: "-") else { continue }
            // What follows: the end of the sentence or a clause, or a word that goes on the sentence.
            if position + 2 < tokens.count, tokens[position + 2].start - suffix.end <= 1, !tokens[position + 2].isNumber,
               bytes[tokens[position + 2].start].isLower, !Self.afterOrdinalDay.contains(tokens[position + 2], in: document) { continue }
            // ("on the 2nd of …" is a day and a month, found with the month.)
            if document.hasPrefix(" of ", at: suffix.end) { continue }
            // ("pain on the 2nd to 4th toes", "the 2nd–4th": a range of things counted.)
            var after = suffix.end
            if document.isDash(at: after) || after < bytes.count && bytes[after] == UInt8(ascii: "-") { after += document.isDash(at: after) ? 3 : 1 }
            else { for joiner in [" to ", " and ", " or "] where document.hasPrefix(joiner, at: after) { after += joiner.utf8.count } }
            if after > suffix.end, after < bytes.count, bytes[after].isDigit { continue }
            // ("height on the 9th centile, weight on the 6th": a centile, its noun said once for the sentence.)
            // (In the same sentence: "Weight on the 9th centile. Seen again on the 14th." is a date.)
            let lineStart = document.source.lineStarts[document.line(at: day.start) - 1]
            let before = document.lowercased(max(lineStart, day.start - 120)..<day.start)
            let sentence = before.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == ";" }).last ?? ""
            if sentence.contains("centile") { continue }
            matches.append(Match(day.start..<suffix.end, "date"))
        }
        return matches
    }

    /// Dates of the Ethiopian calendar in Ge'ez script: the month, the day, "ቀን" (day), the year and perhaps "ዓ.ም." (year of mercy) — "ጥር
    /// 12 ቀን 2016 ዓ.ም.", "ሐምሌ 28 ቀን 2016".
    private func ethiopianDates(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        let day = Array("ቀን".utf8), era = Array(" ዓ.ም".utf8)
        for offset in document.offsets(of: day) where offset >= 3 && offset + day.count + 5 <= bytes.count && bytes[offset - 1] == UInt8(ascii: " ") {
            // The day's number before, and the year's four digits after.
            var start = offset - 1
            while start > 0, bytes[start - 1].isDigit { start -= 1 }
            let yearStart = offset + day.count + 1
            guard (1...2).contains(offset - 1 - start), bytes[offset + day.count] == UInt8(ascii: " "),
                  bytes[yearStart..<(yearStart + 4)].allSatisfy(\.isDigit), yearStart + 4 == bytes.count || !bytes[yearStart + 4].isDigit else { continue }
            // The month's name in Ge'ez (U+1200–U+137F: E1 88 80 … E1 8D BF) before the day.
            if start >= 4, bytes[start - 1] == UInt8(ascii: " ") {
                var word = start - 1
                while word >= 3, bytes[word - 3] == 0xE1, (0x88...0x8D).contains(bytes[word - 2]) { word -= 3 }
                if word < start - 1 { start = word }
            }
            var end = yearStart + 4
            if bytes[end...].starts(with: era) {
                end += era.count
                if end < bytes.count, bytes[end] == UInt8(ascii: ".") { end += 1 }
            }
            matches.append(Match(start..<end, "date"))
        }
        return matches
    }

    /// A day and a month written together, as in file names: "mr-14feb23-abg.jpg", "eclampsia_12mar.pptx", "03MAR2024".
    private func compactDayMonths(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for position in document.numbers where position + 1 < tokens.count && tokens[position].end - tokens[position].start <= 2 {
            let day = tokens[position], month = tokens[position + 1]
            guard month.start == day.end, !month.isNumber, month.isIn(.monthWords), month.end - month.start >= 3, day.zone == .text,
                  (1...31).contains(Int(document.text(day.range)) ?? 0),
                  day.start == 0 || !bytes[day.start - 1].isAlphanumeric && bytes[day.start - 1] != UInt8(ascii: ".") else { continue }
            var end = month.end
            if position + 2 < tokens.count, tokens[position + 2].isNumber, tokens[position + 2].start == month.end,
               [2, 4].contains(tokens[position + 2].end - tokens[position + 2].start) { end = tokens[position + 2].end }
            guard end == bytes.count || !bytes[end].isAlphanumeric else { continue }
            matches.append(Match(day.start..<end, "date"))
        }
        return matches
    }

    /// A day and a month joined into an image's file name: "bladder_scan_06-03.jpg", "pelvis-ap-14-11.png", "ct-head-12-05-24.png",
    /// "delivery-log-2024-09-12.png" — two numbers of two digits (one of them a month, the other a day), or a year, a month and a
    /// day, joined by "-", "_" or "." to the words before them and, without a space, to the extension.
    private func fileNameDates(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        var claimedUntil = 0
        @inline(__always) func isJoin(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") }
        for position in document.numbers where position >= 1 && position + 1 < tokens.count && tokens[position].start >= claimedUntil {
            let first = tokens[position], second = tokens[position + 1]
            guard first.zone == .text, second.isNumber, second.start == first.end + 1, isJoin(bytes[first.end]), second.end - second.start == 2,
                  first.start >= 2, bytes[first.start - 1] == UInt8(ascii: "-") || bytes[first.start - 1] == UInt8(ascii: "_"),
                  bytes[first.start - 2].isAlphanumeric else { continue }
            var parts = [first, second]
            if position + 2 < tokens.count, tokens[position + 2].isNumber, tokens[position + 2].start == second.end + 1, isJoin(bytes[second.end]) {
                parts.append(tokens[position + 2])
            }
            let values = parts.map { Int(document.text($0.range)) ?? 0 }
            let lengths = parts.map { $0.end - $0.start }
            let isDate: Bool
            if lengths[0] == 4 {
                isDate = parts.count == 3 && lengths[2] == 2 && (1900...2099).contains(values[0]) && (1...12).contains(values[1]) && (1...31).contains(values[2])
            } else {
                // Day and month either way round, with a year of two or four digits after them or none.
                isDate = lengths[0] == 2 && (1...31).contains(values[0]) && (1...31).contains(values[1]) && ((1...12).contains(values[0]) || (1...12).contains(values[1]))
                    && (parts.count == 2 || lengths[2] == 2 || lengths[2] == 4 && (1900...2099).contains(values[2]))
            }
            guard isDate, let last = parts.last else { continue }
            // The file name goes on, without a space, to an image's extension.
            var end = last.end
            while end < bytes.count, !bytes[end].isSpace, !document.imageExtensionStarts(at: end),
                  bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: ")"), bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "`") { end += 1 }
            guard end < bytes.count, document.imageExtensionStarts(at: end), end == last.end || isJoin(bytes[last.end]) else { continue }
            matches.append(Match(first.start..<last.end, "date"))
            claimedUntil = last.end
        }
        return matches
    }

    /// "Thursday 16th", "Tuesday the 4th", "Sat 10/12", "on 12/5", "23/09 at 04:17", "the 8th and 9th".
    private func weekdayAndDayMonth(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        func isOrdinalDay(_ position: Int) -> Range<Int>? {
            guard position + 1 < tokens.count, tokens[position].isNumber, tokens[position].end - tokens[position].start <= 2,
                  (1...31).contains(Int(document.text(tokens[position].range)) ?? 0), tokens[position + 1].start == tokens[position].end,
                  ["st", "nd", "rd", "th"].contains(document.lowercased(tokens[position + 1].range)) else { return nil }
            return tokens[position].start..<tokens[position + 1].end
        }
        func dayMonth(_ position: Int) -> Range<Int>? {
            guard position + 1 < tokens.count, tokens[position].isNumber, tokens[position + 1].isNumber,
                  tokens[position + 1].start == tokens[position].end + 1, bytes[tokens[position].end] == UInt8(ascii: "/") || bytes[tokens[position].end] == UInt8(ascii: "."),
                  tokens[position].end - tokens[position].start <= 2, tokens[position + 1].end - tokens[position + 1].start <= 2,
                  let day = Int(document.text(tokens[position].range)), let month = Int(document.text(tokens[position + 1].range)),
                  // Day/month or, as in the US, month/day: "8/15".
                  (1...31).contains(day) && (1...12).contains(month) || (1...12).contains(day) && (1...31).contains(month) && tokens[position].end < bytes.count && bytes[tokens[position].end] == UInt8(ascii: "/"),
                  // Not the tail or the head of a longer number: "2.1.12", "1.12.3".
                  tokens[position].start == 0 || !(bytes[tokens[position].start - 1].isAlphanumeric || bytes[tokens[position].start - 1] == UInt8(ascii: "/")
                    || bytes[tokens[position].start - 1] == UInt8(ascii: ".") && tokens[position].start >= 2 && bytes[tokens[position].start - 2].isDigit),
                  // ("from 8.9% to 7.1%": a percentage.)
                  tokens[position + 1].end == bytes.count || !(bytes[tokens[position + 1].end].isAlphanumeric || bytes[tokens[position + 1].end] == UInt8(ascii: "/")
                    || bytes[tokens[position + 1].end] == UInt8(ascii: "%")
                    || bytes[tokens[position + 1].end] == UInt8(ascii: ".") && tokens[position + 1].end + 1 < bytes.count && bytes[tokens[position + 1].end + 1].isDigit) else { return nil }
            return tokens[position].start..<tokens[position + 1].end
        }
        for (position, token) in tokens.enumerated() where token.zone == .text {
            // "onsdag vecka 11", "Monday week 32", "Mittwoch KW 11": a day of a numbered week of the year.
            // (The number two tokens on first: most words have none.)
            if !token.isNumber, position + 2 < tokens.count, tokens[position + 2].isNumber, !tokens[position + 1].isNumber, tokens[position + 1].end - tokens[position + 1].start <= 7,
               token.isIn(.weekdays) || token.end - token.start >= 5 && Self.foreignWeekdays.contains(token, in: document),
               Self.weekOfYearWords.contains(document.lowercased(tokens[position + 1].range)),
               // (Right after the day, and no course or operation the week counts from: not "On Monday, week 3 of radiotherapy",
               // "Friday week 2 post-op".)
               tokens[position + 1].start == token.end + 1, bytes[token.end] == UInt8(ascii: " "), tokens[position + 2].start <= tokens[position + 1].end + 2,
               ![" of ", " post", " after", " since", " from"].contains(where: { document.hasPrefix($0, at: tokens[position + 2].end) }),
               tokens[position + 2].end - tokens[position + 2].start <= 2, let week = Int(document.text(tokens[position + 2].range)), (1...53).contains(week),
               tokens[position + 2].end == bytes.count || !bytes[tokens[position + 2].end].isAlphanumeric {
                matches.append(Match(token.start..<tokens[position + 2].end, "date"))
                continue
            }
            if !token.isNumber, position + 1 < tokens.count,
               token.isIn(.weekdays) && (document.isCapitalised(token)
                    // ("fri 7/21 works": a day in lowercase right before a day and month with a slash.)
                    || tokens[position + 1].isNumber && tokens[position + 1].start == token.end + 1 && tokens[position + 1].end < bytes.count
                        && bytes[tokens[position + 1].end] == UInt8(ascii: "/"))
                // ("Mo 3.7.", "mardi 4/6": a foreign day right before a day and month.)
                // (Not a catheter's size in French gauge: "14 Fr 1.2 cm".)
                || tokens[position + 1].isNumber && tokens[position + 1].start <= token.end + 2 && Self.foreignWeekdays.contains(token, in: document)
                    && (document.isCapitalised(token) || token.end - token.start >= 5) && (position == 0 || !tokens[position - 1].isNumber || tokens[position - 1].end + 1 < token.start) {
                var next = position + 1
                if document.lowercased(tokens[next].range) == "the", next + 1 < tokens.count { next += 1 }

                // ("So 2.5 mg", "Do 1.5 L": a short foreign day, which is a word too, needs a slash or the closing full stop: "Mo 3.7.".)
                let shortForeign = !token.isIn(.weekdays) && token.end - token.start <= 3
                if let day = isOrdinalDay(next) ?? dayMonth(next), day.lowerBound - token.end <= 6,
                   !shortForeign || bytes[tokens[next].end] == UInt8(ascii: "/") || day.upperBound < bytes.count && bytes[day.upperBound] == UInt8(ascii: ".") {
                    matches.append(Match(token.start..<day.upperBound, "date"))
                }
            } else if token.isNumber, token.end < bytes.count, bytes[token.end] == UInt8(ascii: "/") || bytes[token.end] == UInt8(ascii: "."), let range = dayMonth(position) {
                let previous = position >= 1 ? tokens[position - 1] : nil
                // ("removed 2/3 of the clot": a fraction before "of".)
                // (Only with a slash: "started 2.5 hours before" is a number.)
                let fraction = document.hasPrefix(" of ", at: range.upperBound) || bytes[token.end] != UInt8(ascii: "/")
                let contextBefore = previous.map { $0.isIn(.dayMonthContext) && document.onlySpaces($0.end..<token.start, allowing: [UInt8(ascii: ":")]) } ?? false
                    // "extubated 10/1", "refill confirmed 11/1": a thing done, then the day it was done.
                    || !fraction && previous.map { Self.eventVerbs.contains($0, in: document) && $0.end + 1 == token.start } ?? false
                    || !fraction && previous.map { Self.countingVerbs.contains($0, in: document) && $0.end + 1 == token.start } ?? false
                        && Self.dayMonthStandsAlone(range, in: document)
                    // "Home visit 9/18.": a visit's day.
                    || !fraction && previous.map { ["visit", "visits"].contains(document.lowercased($0.range)) && $0.end + 1 == token.start } ?? false
                    // "<!-- AMH 7/10: keep her out -->", "<!-- NM (trabajo social) 2/11:": an editor's note dated after their initials.
                    || !fraction && range.upperBound < bytes.count && bytes[range.upperBound] == UInt8(ascii: ":")
                        && document.htmlComments.contains(where: { comment in
                            // (The comment opens with the initials: "AMH ", "NM (role) ".)
                            guard comment.contains(token.start), token.start - comment.lowerBound <= 40,
                                  let first = document.firstTokenIndex(from: comment.lowerBound), let previous, tokens[first].end <= previous.end else { return false }
                            return !tokens[first].isNumber && document.isAllCaps(tokens[first]) && (2...4).contains(tokens[first].end - tokens[first].start)
                                && (previous.end == tokens[first].end || bytes[previous.end] == UInt8(ascii: ")"))
                        })
                    // "the list on the 4/1 was cancelled".
                    || !fraction && position >= 2 && document.bytes[tokens[position - 1].range].elementsEqual("the".utf8) && tokens[position - 1].end + 1 == token.start
                        && document.bytes[tokens[position - 2].range].map(\.lowercased).elementsEqual("on".utf8) && tokens[position - 2].end + 1 == tokens[position - 1].start
                    // "booked for 3/28": a thing done, "for", then the day.
                    || !fraction && position >= 2 && document.bytes[tokens[position - 1].range].elementsEqual("for".utf8) && tokens[position - 1].end + 1 == token.start
                        && Self.eventVerbs.contains(tokens[position - 2], in: document) && tokens[position - 2].end + 1 == tokens[position - 1].start
                    // "the wk of 4/14", "the night of 3/29".
                    || !fraction && position >= 2 && document.bytes[tokens[position - 1].range].elementsEqual("of".utf8) && Self.periodWords.contains(tokens[position - 2], in: document)
                    // "the date of each verified call (01/07, 15/07, 29/07)", "appointments on Mon 14 Apr and 12/5"
                    || (max(0, position - 7)..<position).contains { Self.dateWords.contains(tokens[$0], in: document) }
                    || matches.last.map { $0.end <= token.start && token.start - $0.end <= 6 && document.onlySpaces($0.end..<token.start, allowing: [UInt8(ascii: ","), UInt8(ascii: "a"), UInt8(ascii: "n"), UInt8(ascii: "d")]) } ?? false
                // ("< 2.8 at 23:00" is a value at a time: a full stop makes a decimal before "at".)
                // ("8/10 at 96 h" is a score at an hour count, not a clock time.)
                let timeAfter = document.hasPrefix(" at ", at: range.upperBound) && range.upperBound + 5 < bytes.count && Self.clockTime(at: range.upperBound + 4, in: bytes)
                    && bytes[token.end] != UInt8(ascii: ".")
                    // "- **13/08** — Waratah wing closed": a day and month (two digits each) that start a dated list item or line.
                    || bytes[token.end] == UInt8(ascii: "/") && (tokens[position].end - tokens[position].start == 2 && range.upperBound - range.lowerBound == 5
                            // "- **4/11**, SR.": in bold, a shorter pair does too.
                            || range.lowerBound >= 2 && bytes[range.lowerBound - 1] == UInt8(ascii: "*") && range.upperBound < bytes.count && bytes[range.upperBound] == UInt8(ascii: "*"))
                        // ("**6/13**: wound VAC change; **6/16**: closure": the next entry after a semicolon.)
                        && (Self.startsLine(at: range.lowerBound, in: document) || range.lowerBound >= 4 && document.hasPrefix("; **", at: range.lowerBound - 4))
                        && Self.dashOrCommaFollows(range.upperBound, in: document)
                    // "Last dose: 20:00 7/8": a clock time right before it.
                    || range.lowerBound >= 6 && bytes[range.lowerBound - 1] == UInt8(ascii: " ") && Self.clockTime(at: range.lowerBound - 6, in: bytes)
                    // "12/11 07:42", "(14/03, 06:12)": a clock time right after it.
                    || Self.clockTime(at: range.upperBound + (bytes[range.upperBound...].starts(with: ", ".utf8) ? 2 : 1), in: bytes)
                        && range.upperBound < bytes.count && (bytes[range.upperBound] == UInt8(ascii: " ") || bytes[range.upperBound] == UInt8(ascii: ","))
                // "pain score fell from 8/10 to 3/10": a score, not a day and month; "from 2.9 L to 1.1 L": a measurement.
                // ("buprenorphine/naloxone 16/4 mg": a dose of two drugs, a unit after it.)
                let doseAfter = range.upperBound + 1 < bytes.count && bytes[range.upperBound] == UInt8(ascii: " ")
                    && document.token(startingAt: range.upperBound + 1).map { Self.doseUnits.contains($0, in: document) } == true
                let score = doseAfter || (max(0, position - 4)..<position).contains { Self.scoreWords.contains(tokens[$0], in: document) }
                    || Self.isScorePair(range, in: bytes)
                    // "CBG 9.8", "Hb 11.8": a measurement after its abbreviation.
                    || bytes[token.end] == UInt8(ascii: ".") && position >= 1 && tokens[position - 1].end + 1 == token.start && !tokens[position - 1].isNumber
                        && IdentityNumberRule.isClinicalPrefix(document.text(tokens[position - 1].range))
                    || bytes[token.end] == UInt8(ascii: ".") && range.upperBound + 1 < bytes.count && bytes[range.upperBound] == UInt8(ascii: " ")
                        && (bytes[range.upperBound + 1].isLetterLike || bytes[range.upperBound + 1] == UInt8(ascii: "%"))
                        && document.token(startingAt: range.upperBound + 1).map { $0.end - $0.start <= 4 && !Self.monthish($0, in: document) } ?? true
                if (contextBefore || timeAfter || Self.unambiguousDayMonth(range, in: document)) && !score {
                    var end = range.upperBound
                    if timeAfter, let time = document.token(startingAt: range.upperBound + 4), time.end + 3 <= bytes.count, bytes[time.end] == UInt8(ascii: ":") {
                        end = time.end + 3
                    }
                    matches.append(Match(range.lowerBound..<end, "date"))
                }
            } else if token.isNumber, token.end < bytes.count, bytes[token.end].isASCIILetter, let first = isOrdinalDay(position), position >= 2, document.lowercased(tokens[position - 1].range) == "the",
                      ["on", "between", "from"].contains(document.lowercased(tokens[position - 2].range)),
                      position + 3 < tokens.count, document.lowercased(tokens[position + 2].range) == "and", let second = isOrdinalDay(position + 3) {
                matches.append(Match(first.lowerBound..<second.upperBound, "date"))
            }
        }
        return matches
    }

    /// A day and month with a slash that no ratio, score or count is written as: a zero-padded pair ("09/05",
    /// "11/01") or a day past the 12th before its month ("22/4"; "9/27" is as often a count: "2/14 nodes") — not visual acuity ("6/18", "20/25"), days,
    /// weeks or months in the British shorthand ("10/7", "6/52", "12/12") or a count ("3/15 nodes").
    static func unambiguousDayMonth(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard let slash = bytes[range].firstIndex(of: UInt8(ascii: "/")),
              let first = Int(document.text(range.lowerBound..<slash)), let second = Int(document.text((slash + 1)..<range.upperBound)) else { return false }
        let padded = slash - range.lowerBound == 2 && range.upperBound - slash == 3 && (bytes[range.lowerBound] == UInt8(ascii: "0") || bytes[slash + 1] == UInt8(ascii: "0"))
        let lateDay = (13...31).contains(first) && (1...12).contains(second)
        // (British shorthand counts days, months and weeks as "3/7", "4/12", "6/52"; never with a zero, as a month is: "24/07".)
        guard padded || lateDay, !(first == 20 && second == 10), ![7, 12, 52].contains(second) || bytes[slash + 1] == UInt8(ascii: "0") else { return false }
        // "3/15 nodes", "14/20 patients": a count of things after it.
        if let next = document.firstTokenIndex(from: range.upperBound).map({ document.tokens[$0] }), !next.isNumber, next.start - range.upperBound <= 2,
           bytes[next.start].isLower, Self.countNouns.contains(next, in: document) { return false }
        return true
    }
    /// Units after a pair of numbers that make it a measurement: a dose ("16/4 mg", "100/25 mcg", "50/500 µg"), a volume, a
    /// weight, a length or a pressure ("fell from 3.1 litres").
    static let doseUnits: WordList = ["mg", "mcg", "µg", "μg", "g", "ml", "units", "iu", "mmol", "mg/kg", "puffs", "tabs", "tablets", "l", "litre", "litres", "liter", "liters", "kg", "cm", "mm", "mmhg", "kpa"]

    /// "improved from 9/10 to 4/10", "power 4/5 → 5/5": a score out of 5 or 10 beside another out of the same, joined by "to"
    /// or an arrow — no day and month reads that way twice.
    static func isScorePair(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        /// The denominator of a score "n/5" or "n/10" (n at most the denominator) in these bytes, or nil.
        func outOf(_ text: ArraySlice<UInt8>) -> Int? {
            let parts = text.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isDigit) }),
                  let numerator = Int(String(decoding: parts[0], as: UTF8.self)), let denominator = Int(String(decoding: parts[1], as: UTF8.self)),
                  denominator == 5 || denominator == 10, numerator <= denominator else { return nil }
            return denominator
        }
        guard let denominator = outOf(bytes[range]) else { return false }
        let joins = [" to ", " → ", " -> "].map { Array($0.utf8) }
        for join in joins {
            // The other score after the join, or before it.
            if bytes[range.upperBound...].starts(with: join) {
                let start = range.upperBound + join.count
                var end = start
                while end < bytes.count, bytes[end].isDigit || bytes[end] == UInt8(ascii: "/") { end += 1 }
                if outOf(bytes[start..<end]) == denominator { return true }
            }
            if range.lowerBound >= join.count, bytes[(range.lowerBound - join.count)..<range.lowerBound].elementsEqual(join) {
                let end = range.lowerBound - join.count
                var start = end
                while start > 0, bytes[start - 1].isDigit || bytes[start - 1] == UInt8(ascii: "/") { start -= 1 }
                if outOf(bytes[start..<end]) == denominator { return true }
            }
        }
        return false
    }

    /// Whether a day and month with a slash is no British shorthand ("3/7", "2/52", "6/12") and no count ("3/4 SIRS criteria",
    /// "1/2 NS"): its second number is a month that is neither 7, 12 nor 52, and a word, a unit or a capital does not follow it.
    static func dayMonthStandsAlone(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard let slash = bytes[range].firstIndex(of: UInt8(ascii: "/")), let second = Int(document.text((slash + 1)..<range.upperBound)),
              ![7, 12, 52].contains(second) else { return false }
        var after = range.upperBound
        while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
        return after == bytes.count || !bytes[after].isLetterLike
    }

    /// Words after a fraction that make it a count: "3/15 nodes", "14/20 patients".
    static let countNouns: WordList = ["nodes", "node", "lymph", "cores", "core", "patients", "cases", "children", "people", "participants", "samples",
                                       "specimens", "biopsies", "sites", "segments", "bottles", "sets", "doses", "days", "weeks", "months", "years",
                                       "hours", "episodes", "questions", "items", "criteria", "points", "fields", "teeth", "ribs", "vertebrae",
                                       "of", "in", "were", "had", "positive", "negative", "women", "men", "infants", "eyes", "joints", "lesions"]

    /// A short word after "12.3" that could be a month ("12.3 Mar") rather than a unit ("2.9 L", "5.5 mmol").
    static func monthish(_ token: Token, in document: ScanDocument) -> Bool {
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "at"].contains(document.lowercased(token.range))
    }

    /// A day and month that start a log's entry before its time: "**10/7** 12:41 — sent from recess", "> 3/8 — 05h40", "- 14/6 09:15:".
    /// (Either order of day and month; a score or a fraction has no time after it at the start of a line.)
    private func loggedDayMonths(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for position in document.numbers where position + 1 < tokens.count && tokens[position].end - tokens[position].start <= 2 && tokens[position].zone == .text {
            let first = tokens[position], second = tokens[position + 1]
            guard first.end < bytes.count, bytes[first.end] == UInt8(ascii: "/"), second.isNumber, second.start == first.end + 1, second.end - second.start <= 2,
                  second.end == bytes.count || bytes[second.end] != UInt8(ascii: "/") && !bytes[second.end].isAlphanumeric,
                  let a = Int(document.text(first.range)), let b = Int(document.text(second.range)), (1...31).contains(a), (1...31).contains(b), a <= 12 || b <= 12,
                  document.startsWrittenLine(at: first.start, skipping: [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "|")])
            else { continue }
            var after = second.end
            if document.has("**", at: after) { after += 2 }
            while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
            if document.isDash(at: after) {
                after += 3
                while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
            }
            // "12:41", "05h40".
            let frenchTime = after + 4 < bytes.count && bytes[after].isDigit && bytes[after + 1].isDigit && bytes[after + 2] == UInt8(ascii: "h")
                && bytes[after + 3].isDigit && bytes[after + 4].isDigit
            guard after > second.end, Self.clockTime(at: after, in: bytes) || frenchTime else { continue }
            matches.append(Match(first.start..<second.end, "date"))
        }
        return matches
    }

    /// "07:42", "6:12" at an offset.
    static func clockTime(at index: Int, in bytes: [UInt8]) -> Bool {
        guard index + 4 <= bytes.count, bytes[index].isDigit else { return false }
        let colon = bytes[index + 1] == UInt8(ascii: ":") ? index + 1 : index + 2
        return colon + 2 < bytes.count && bytes[colon] == UInt8(ascii: ":") && bytes[colon + 1].isDigit && bytes[colon + 2].isDigit
            && (colon == index + 1 || bytes[index + 1].isDigit)
    }

    /// Whether the line holding an offset describes a device: a lot, a model, a serial number or a UDI.
    static func isDeviceLine(at offset: Int, in document: ScanDocument) -> Bool {
        let line = String(decoding: document.source.lineBytes(document.line(at: offset)).map(\.lowercased), as: UTF8.self)
        return ["lot", "model", "serial", "udi", "s/n", "ref "].contains { line.contains($0) }
    }

    /// Words before a year and month in ISO order ("since 2019-03", "exp. 2026-03") that make them a date rather than a range of years.
    static let yearMonthContext: WordList = ["since", "exp", "expires", "expiry", "expiring", "from", "until", "till", "in", "on", "dated", "valid",
                                             "issued", "born", "started", "stopped", "diagnosed", "through"]
    static let dateHeaders: WordList = ["date", "onset", "onset date", "symptom onset", "admitted", "admission", "discharge", "discharged",
                                        "seen", "visit", "dob", "date of birth", "exposure", "sample date", "collected", "date seen",
                                        // A ward list's "| Adm |", a vaccination record's "| Given |", a register's "| Died |".
                                        "adm", "adm.", "adm date", "admit", "admit date", "date admitted", "date of admission", "given", "date given",
                                        "test date", "scan date", "appointment", "appt", "review date", "died", "date of death", "dod", "reported",
                                        "notified", "date notified", "last seen", "first seen", "last contact", "date of onset", "datum", "fecha", "data"]

    /// Whether digits are a date written without separators, as DICOM and HL7 write it: eight digits (19300214), or twelve or
    /// fourteen with a valid time (202309041122, 20230904112245); the year from 1900 to 2099.
    static func isCompactDate(_ digits: [Int]) -> Bool {
        guard [8, 12, 14].contains(digits.count) else { return false }
        let year = digits[0...3].reduce(0) { $0 * 10 + $1 }, month = digits[4] * 10 + digits[5], day = digits[6] * 10 + digits[7]
        let timeValid = digits.count == 8 || (digits[8] * 10 + digits[9] < 24 && digits[10] * 10 + digits[11] < 60 && (digits.count == 12 || digits[12] * 10 + digits[13] < 60))
        return (1900...2099).contains(year) && (1...12).contains(month) && (1...31).contains(day) && timeValid
    }

    /// Whether a column's header ends in a word of the dates it holds: "Rash onset", "Exposure date", "Date first seen".
    static func endsLikeADateHeader(_ label: ArraySlice<UInt8>) -> Bool {
        let words = label.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self).lowercased() }
        guard let last = words.last, words.count <= 4 else { return false }
        return ["onset", "date", "dated", "admitted", "discharged", "exposure", "collected", "died", "notified", "vaccinated"].contains(last)
            || words.first == "date"
    }

    /// Whether only list markers, emphasis and spaces stand between the start of the line and an offset.
    static func startsLine(at offset: Int, in document: ScanDocument) -> Bool {
        document.startsWrittenLine(at: offset, skipping: [UInt8(ascii: " "), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "|")])
    }

    /// Whether an em or en dash, a comma, a clock time or (after bold) a colon follows an offset (after emphasis and spaces).
    static func dashOrCommaFollows(_ offset: Int, in document: ScanDocument) -> Bool {
        var index = offset
        while index < document.bytes.count, document.bytes[index] == UInt8(ascii: "*") || document.bytes[index] == UInt8(ascii: "_") || document.bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < document.bytes.count else { return false }
        return document.bytes[index] == UInt8(ascii: ",") || document.isDash(at: index) || clockTime(at: index, in: document.bytes)
            // "- **6/9**: spanning external fixator".
            || document.bytes[index] == UInt8(ascii: ":") && index >= 2 && document.bytes[index - 1] == UInt8(ascii: "*")
    }

    static let dateWords: WordList = ["date", "dates", "dated", "appointment", "appointments", "visits", "calls"]
    static let scoreWords: WordList = ["score", "scores", "scale", "pain", "vas", "nrs", "rated", "rating", "grade", "power", "strength", "acuity"]

    /// "03/2022", "09/2023" (a month and a year); "02.06." (German day and month); "5月14日", "令和6年8月3日".
    private func monthYearsAndEastAsian(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for (position, token) in document.numbers.lazy.map({ ($0, tokens[$0]) }) where token.zone == .text && position + 1 < tokens.count {
            let next = tokens[position + 1]
            if let range = spacedDate(at: position, tokens: tokens, document: document) {
                matches.append(Match(range, "date"))
                continue
            }
            guard next.isNumber, next.start == token.end + 1, token.start == 0 || !bytes[token.start - 1].isAlphanumeric && bytes[token.start - 1] != UInt8(ascii: ".")
                    && bytes[token.start - 1] != UInt8(ascii: "/") && bytes[token.start - 1] != UInt8(ascii: "-") else { continue }
            let first = Int(document.text(token.range)) ?? 0, second = Int(document.text(next.range)) ?? 0
            let separator = bytes[token.end]
            let ends = next.end == bytes.count || !bytes[next.end].isAlphanumeric && !(bytes[next.end] == separator && next.end + 1 < bytes.count && bytes[next.end + 1].isDigit)
            // "03/2022": two-digit month, four-digit year.
            if separator == UInt8(ascii: "/"), token.end - token.start == 2, next.end - next.start == 4, (1...12).contains(first), (1900...2099).contains(second), ends {
                matches.append(Match(token.start..<next.end, "month and year"))
            }
            // "| 12-02 15:30 |": a day and a month joined by a dash, with a clock time after them.
            if separator == UInt8(ascii: "-"), token.end - token.start <= 2, next.end - next.start == 2, (1...31).contains(first), (1...12).contains(second),
               next.end + 1 < bytes.count, bytes[next.end] == UInt8(ascii: " "), Self.clockTime(at: next.end + 1, in: bytes) {
                matches.append(Match(token.start..<next.end, "date"))
            }
            // "since 2019-03", "exp. 2026-03": a year and a month in ISO order after a word that dates something.
            if separator == UInt8(ascii: "-"), token.end - token.start == 4, next.end - next.start == 2, (1900...2099).contains(first), (1...12).contains(second), ends,
               position >= 1, Self.yearMonthContext.contains(tokens[position - 1], in: document), tokens[position - 1].end + 3 >= token.start,
               // (A device's or a lens's expiry, "lot SB3-40712A, exp 2025-09", "Model SN6AT4 … Exp 2027-08", is not the patient's.)
               !(document.lowercased(tokens[position - 1].range).hasPrefix("exp") && Self.isDeviceLine(at: token.start, in: document)) {
                matches.append(Match(token.start..<next.end, "month and year"))
            }
            // "vom 02.06. bis": two two-digit parts and a closing full stop, German style; "**7.3. 15:20**", a shorter day and
            // month before a time; "20.02–05.03.2024", a day and month that open a range of dates.
            if separator == UInt8(ascii: "."), token.end - token.start <= 2, next.end - next.start <= 2, (1...31).contains(first), (1...12).contains(second) {
                let closed = next.end < bytes.count && bytes[next.end] == UInt8(ascii: ".") && (next.end + 1 == bytes.count || !bytes[next.end + 1].isDigit)
                if closed && token.end - token.start == 2 && next.end - next.start == 2 || closed && next.end + 1 < bytes.count && bytes[next.end + 1] == UInt8(ascii: " ") && Self.clockTime(at: next.end + 2, in: bytes)
                    || document.isDash(at: next.end) && next.end + 4 < bytes.count && bytes[next.end + 3].isDigit && token.end - token.start == 2 && next.end - next.start == 2 {
                    matches.append(Match(token.start..<(closed ? next.end + 1 : next.end), "date"))
                }
            }
        }
        // 月 (E6 9C 88) and 日 (E6 97 A5) after digits; in Korean 월 (EC 9B 94) and 일 (EC 9D BC), often with a space: "5월 24일".
        if document.hasWideCharacters {
            var index = 0
            while index + 3 < bytes.count {
                guard bytes[index].isDigit, index == 0 || !bytes[index - 1].isDigit else { index += 1; continue }
                var end = index
                while end < bytes.count, bytes[end].isDigit { end += 1 }
                let korean = bytes[end...].starts(with: [0xEC, 0x9B, 0x94])
                if end - index <= 2, bytes[end...].starts(with: [0xE6, 0x9C, 0x88]) || korean {
                    let dayStart = korean && end + 3 < bytes.count && bytes[end + 3] == UInt8(ascii: " ") ? end + 4 : end + 3
                    var day = dayStart
                    while day < bytes.count, bytes[day].isDigit { day += 1 }
                    if day > dayStart, day - dayStart <= 2, bytes[day...].starts(with: korean ? [0xEC, 0x9D, 0xBC] : [0xE6, 0x97, 0xA5]), document.zone(at: index) == .text {
                        matches.append(Match(index..<(day + 3), "date"))
                    }
                }
                index = max(end, index + 1)
            }
        }
        return matches
    }

    /// "24.xi.2025", "6 octobre 2025", "le 3 mars 2025", "14 maja 2021", "8. august 2023", "29 mar. 2023", "6 feb"; a month
    /// and a year: "Februar 2023", "outubro de 2023", "june 2023".
    private func romanAndForeignMonths(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        let monthBits = Self.romanMonths.bit | Self.foreignMonths.bit | Self.monthWords.bit | Self.foreignMonthAbbreviations.bit
        for position in tokens.indices where !tokens[position].isNumber && tokens[position].vocabulary & monthBits != 0 && tokens[position].zone == .text {
            // (A month may be the text's last word: "… (3 ng Hunyo).")
            let month = tokens[position], year = position + 1 < tokens.count ? tokens[position + 1] : tokens[position]
            // ("09:14 AWST": a time zone in capitals after a clock time, not the Welsh August.)
            let isForeign = month.isIn(.foreignMonths)
                && !(document.isAllCaps(month) && position >= 1 && tokens[position - 1].isNumber && tokens[position - 1].start >= 1
                     && bytes[tokens[position - 1].start - 1] == UInt8(ascii: ":"))
            let isLowercaseEnglish = month.isIn(.monthWords) && !document.isCapitalised(month) && !document.isAllCaps(month)
            let isAbbreviation = month.isIn(.foreignMonthAbbreviations) && month.end < bytes.count && bytes[month.end] == UInt8(ascii: ".")
                && !(month.end + 1 < bytes.count && bytes[month.end + 1].isLetterLike)
            // "set", "out", "mars" are words too: a month only with a year after it, and in a month and year only in lowercase
            // ("mars 2023", not "Mars 2020").
            let isWord = Lexicon.englishWords.contains(month, in: document)
            // The year after the month: "mai 2023", "mar. 2023", "outubro de 2023".
            var yearEnd: Int?
            // "outubro de 2023": the year two tokens on.
            let yearToken = year.isNumber || position + 2 >= tokens.count || !bytes[year.range].elementsEqual("de".utf8) ? year : tokens[position + 2]
            if yearToken.isNumber, yearToken.end - yearToken.start == 4, (1900...2099).contains(Int(document.text(yearToken.range)) ?? 0),
               yearToken.end == bytes.count || !bytes[yearToken.end].isAlphanumeric && !(bytes[yearToken.end] == UInt8(ascii: ".") && yearToken.end + 1 < bytes.count && bytes[yearToken.end + 1].isDigit) {
                let gap = bytes[month.end..<yearToken.start]
                if gap.elementsEqual(" ".utf8) || gap.elementsEqual(" de ".utf8) || isAbbreviation && gap.elementsEqual(". ".utf8) { yearEnd = yearToken.end }
            }
            // "Nov '24", "Aug ’23": a year in two digits after an apostrophe.
            let space = month.end + (isAbbreviation ? 1 : 0)
            if yearEnd == nil, month.isIn(.monthWords) || isAbbreviation, month.end + 4 < bytes.count, bytes[space] == UInt8(ascii: " "),
               let quote = ["'", "’"].first(where: { document.hasPrefix($0, at: space + 1) }) {
                let year = space + 1 + quote.utf8.count
                if year + 2 <= bytes.count, bytes[year].isDigit, bytes[year + 1].isDigit, year + 2 == bytes.count || !bytes[year + 2].isAlphanumeric {
                    matches.append(Match(month.start..<(year + 2), "month and year"))
                    continue
                }
            }
            /// "Februar 2023", "kesäkuu 2023", "june 2023", "janv. 2024": a month and a year without a day.
            func appendMonthAndYear() {
                // ("Okt. 2023", "Févr. 2024": a capitalised abbreviation that is no English word.)
                if let yearEnd, isForeign && !(isWord && document.isCapitalised(month)) || isAbbreviation && (!document.isCapitalised(month) || !isWord)
                    || isLowercaseEnglish && Self.unambiguousMonths.contains(month, in: document) {
                    matches.append(Match(month.start..<yearEnd, "month and year"))
                }
            }
            // "2023. március 14.", "2024 m. sausio 7 d.": the year first, then the month and the day, as Hungarian and Lithuanian write a date.
            if isForeign, position >= 1, position + 1 < tokens.count, year.isNumber, year.start == month.end + 1, year.end - year.start <= 2,
               (1...31).contains(Int(document.text(year.range)) ?? 0) {
                let first = tokens[position - 1].isNumber ? position - 1
                    : position >= 2 && bytes[tokens[position - 1].range].elementsEqual("m".utf8) && tokens[position - 2].end + 1 == tokens[position - 1].start ? position - 2 : nil
                if let first, tokens[first].end - tokens[first].start == 4, (1900...2099).contains(Int(document.text(tokens[first].range)) ?? 0),
                   bytes[(first == position - 1 ? tokens[first].end : tokens[position - 1].end)..<month.start].elementsEqual(". ".utf8) {
                    let end = document.hasPrefix(" d.", at: year.end) ? year.end + 3 : document.has(".", at: year.end) ? year.end + 1 : year.end
                    matches.append(Match(tokens[first].start..<end, "date"))
                    continue
                }
            }
            guard position >= 1 else { appendMonthAndYear(); continue }
            var day = tokens[position - 1]
            // "3 de março", "le 3 de mayo", "ika-3 ng Hunyo": the day two tokens back; "5hb Ogos" (Malay "hari bulan").
            var joined = false
            if position >= 2, bytes[day.range].elementsEqual("de".utf8) || bytes[day.range].elementsEqual("ng".utf8),
               tokens[position - 2].isNumber, tokens[position - 2].end + 1 == day.start {
                day = tokens[position - 2]
                joined = bytes[tokens[position - 1].range].elementsEqual("ng".utf8)
            } else if position >= 2, bytes[day.range].elementsEqual("hb".utf8) || bytes[day.range].elementsEqual("er".utf8) && bytes[tokens[position - 2].range].elementsEqual("1".utf8),
                      tokens[position - 2].isNumber, tokens[position - 2].end == day.start, month.start == day.end + 1 {
                // ("le 1er mars": the French first of the month.)
                day = tokens[position - 2]
                joined = true
            }
            guard day.isNumber, day.end - day.start <= 2, (1...31).contains(Int(document.text(day.range)) ?? 0), day.zone == .text,
                  // Not the end of a longer number ("1.5 mar") or a range of values.
                  day.start == 0 || !bytes[day.start - 1].isAlphanumeric && bytes[day.start - 1] != UInt8(ascii: ".") && bytes[day.start - 1] != UInt8(ascii: ",") else {
                appendMonthAndYear()
                continue
            }
            let separated = document.onlySpaces(day.end..<month.start) && month.start - day.end == 1                  // "6 octobre"
                || bytes[day.end..<month.start].elementsEqual(". ".utf8)                                              // "12. März", "8. august"
                || bytes[day.end..<month.start].elementsEqual(" de ".utf8)                                            // "3 de março"
                || joined                                                                                              // "5hb Ogos", "ika-3 ng Hunyo"
            // "14.III.2022", and spaced as Croatian and Serbian write it, "14. III. 2022.".
            let spacedRoman = bytes[day.end..<month.start].elementsEqual(". ".utf8) && bytes[month.end..<year.start].elementsEqual(". ".utf8)
            if month.isIn(.romanMonths), year.isNumber, year.end - year.start == 4,
               spacedRoman || month.start == day.end + 1 && bytes[day.end] == UInt8(ascii: ".") && year.start == month.end + 1 && bytes[month.end] == UInt8(ascii: ".") {
                matches.append(Match(day.start..<year.end, "date"))
            } else if separated, isForeign || isAbbreviation && (!isWord || yearEnd != nil)
                        // "6 feb", "22 april"; "may" and "march" only with a year ("3 may 2023").
                        || isLowercaseEnglish && (Self.unambiguousMonths.contains(month, in: document) || yearEnd != nil) {
                matches.append(Match(day.start..<(yearEnd ?? (isAbbreviation ? month.end + 1 : month.end)), "date"))
            }
        }
        return matches
    }

    /// Words before a numbered thing rather than a date: "version 2.1.12", "section 4.2.11".
    static let numberedThings: WordList = ["version", "ver", "release", "firmware", "software", "build", "section", "sections", "chapter", "rule", "step",
                                           "table", "figure", "fig", "item", "paragraph", "para", "clause", "criterion", "level", "grade", "stage", "v", "vs", "edition", "revision", "rev"]

    /// A year of this age in the Gregorian calendar (1900–2099), the Hijri and Persian solar ones (1300–1499: "4/5/1445",
    /// "1402/09/12") or the Thai Buddhist era (2500–2599: "17/08/2566").
    static func isCalendarYear(_ year: Int) -> Bool {
        (1900...2099).contains(year) || (1300...1499).contains(year) || (2500...2599).contains(year)
    }

    /// 12/03/2021, 3/12/21, 12.03.2021, 27.03.23, 12-03-2021, 2021-03-12, 2021/03/12.
    private func numericDate(at position: Int, tokens: [Token], document: ScanDocument) -> Range<Int>? {
        let bytes = document.bytes
        guard position + 2 < tokens.count else { return nil }
        let parts = tokens[position...position + 2]
        guard parts.allSatisfy(\.isNumber) else { return nil }
        let first = parts[position], second = parts[position + 1], third = parts[position + 2]
        // (Parts spaced after their full stops, "2023. 03. 14.", are `spacedDate`'s.)
        // Exactly one separator byte of one kind between the parts.
        guard second.start == first.end + 1, third.start == second.end + 1 else { return nil }
        let separator = bytes[first.end]
        guard [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(separator), bytes[second.end] == separator else { return nil }
        // Not part of something longer (an IP address, a version, a reference range).
        // (After a dash it ends a range: "20.02–05.03.2024".)
        // ("°16.07.1948": the sign for born, as Belgium and the Netherlands write it, right before the date.)
        let bornSign = first.start >= 2 && bytes[first.start - 2] == 0xC2 && bytes[first.start - 1] == 0xB0
        if first.start > 0, bytes[first.start - 1].isDigit || bytes[first.start - 1] == separator
            || bytes[first.start - 1].isLetterLike && !document.isDash(at: first.start - 3) && !bornSign { return nil }
        // ("2024-04-21T06:14:52Z": an ISO 8601 date and its time.)
        let isoTime = first.end - first.start == 4 && separator == UInt8(ascii: "-") && third.end + 1 < bytes.count && bytes[third.end] == UInt8(ascii: "T")
            && bytes[third.end + 1].isDigit
        if third.end < bytes.count, bytes[third.end].isAlphanumeric && !isoTime
            || (third.end + 1 < bytes.count && (bytes[third.end] == separator || bytes[third.end] == UInt8(ascii: ".")) && bytes[third.end + 1].isDigit) { return nil }
        let lengths = [first.end - first.start, second.end - second.start, third.end - third.start]
        let values = [first, second, third].map { Int(document.text($0.range))! }
        if lengths[0] == 4 {
            guard Self.isCalendarYear(values[0]), (1...12).contains(values[1]), (1...31).contains(values[2]), lengths[1] <= 2, lengths[2] <= 2 else { return nil }
        } else {
            guard lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 2 || lengths[2] == 4 else { return nil }
            // "Apgar: 9-10-10", "Apgars 8-9-10": scores at one, five and ten minutes.
            if lengths[2] == 2, values.allSatisfy({ $0 <= 10 }),
               document.lowercased(max(0, first.start - 40)..<first.start).includes("apgar") { return nil }
            guard (1...31).contains(values[0]), (1...31).contains(values[1]), values[0] <= 12 || values[1] <= 12 else { return nil }
            if lengths[2] == 4, !Self.isCalendarYear(values[2]) { return nil }
            // "27.03.23", "9.2.23": a day, a month and a short year with full stops — but not "version 2.1.12" or "section 4.2.11".
            if separator == UInt8(ascii: "."), lengths[2] == 2 {
                guard values[1] <= 12, values[0] >= 1, values[1] >= 1 else { return nil }
                if position >= 1, Self.numberedThings.contains(tokens[position - 1], in: document) { return nil }
                // "§3.1.20" (§ is C2 A7 in UTF-8).
                if first.start >= 2, bytes[first.start - 2] == 0xC2, bytes[first.start - 1] == 0xA7 { return nil }
            }
        }
        return first.start..<third.end
    }

    /// A date whose parts are spaced after their full stops: "8. 2. 2024", "20. 2. 2024" (Czech and Slovak: day, month, year) and
    /// "2023. 03. 14.", "1958. 08. 22." (Hungarian: year, month, day).
    private func spacedDate(at position: Int, tokens: [Token], document: ScanDocument) -> Range<Int>? {
        let bytes = document.bytes
        guard position + 2 < tokens.count else { return nil }
        let first = tokens[position], second = tokens[position + 1], third = tokens[position + 2]
        guard first.isNumber, second.isNumber, third.isNumber, second.start == first.end + 2, third.start == second.end + 2,
              document.hasPrefix(". ", at: first.end), document.hasPrefix(". ", at: second.end),
              third.end == bytes.count || !bytes[third.end].isAlphanumeric,
              let a = Int(document.text(first.range)), let b = Int(document.text(second.range)), let c = Int(document.text(third.range)) else { return nil }
        let lengths = (first.end - first.start, second.end - second.start, third.end - third.start)
        if lengths.0 == 4 {
            guard lengths.1 == 2, lengths.2 == 2, (1900...2099).contains(a), (1...12).contains(b), (1...31).contains(c),
                  first.start == 0 || !bytes[first.start - 1].isAlphanumeric else { return nil }
        } else {
            // (Not the end of a longer dotted number: "1.8. 2. 2024".)
            guard lengths.0 <= 2, lengths.1 <= 2, lengths.2 == 4, (1...31).contains(a), (1...12).contains(b), (1900...2099).contains(c),
                  first.start == 0 || !bytes[first.start - 1].isAlphanumeric && bytes[first.start - 1] != UInt8(ascii: ".") else { return nil }
        }
        return first.start..<third.end
    }

    /// A month in lowercase with its day after it ("apr 3", "june 27"), not before a unit ("dec 2 mm") and, for "may", only where
    /// a date can stand: at the start of a line or after "on", "since", "from", "until", "by".
    private func lowercaseMonthDate(at position: Int, month: Int, tokens: [Token], document: ScanDocument) -> Range<Int>? {
        guard position + 1 < tokens.count, tokens[position + 1].isNumber, let range = monthDate(at: position, month: month, tokens: tokens, document: document),
              range.lowerBound == tokens[position].start, range.upperBound >= tokens[position + 1].end else { return nil }
        if let unit = document.firstTokenIndex(from: range.upperBound).map({ tokens[$0] }), unit.start - range.upperBound <= 1, !unit.isNumber,
           IdentityNumberRule.unitWords.contains(unit, in: document) || ["x", "days", "weeks", "months", "years", "hours", "times", "of", "to", "or", "and", "more", "less"].contains(document.lowercased(unit.range)) {
            return nil
        }
        if document.bytes[tokens[position].range].elementsEqual("may".utf8) {
            let previous = position >= 1 ? tokens[position - 1] : nil
            guard Self.startsLine(at: tokens[position].start, in: document)
                    || previous.map({ ["on", "since", "from", "until", "by", "till"].contains(document.lowercased($0.range)) && document.onlySpaces($0.end..<tokens[position].start) }) ?? false else { return nil }
        }
        return range
    }

    /// Days of the month in words: "third", "twenty-second", "thirty-first" ("twenty second" is two tokens, the second one here).
    static let dayWords: WordList = {
        let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"]
        return WordList(units + teens + units.map { "twenty-" + $0 } + ["thirty-first"])
    }()

    /// 3 March 2021, 3rd of March, March 3rd, Mar 3, 2021, March 2021, 03-MAR-21, "in September".
    private func monthDate(at position: Int, month: Int, tokens: [Token], document: ScanDocument) -> Range<Int>? {
        let token = tokens[position]
        var start = token.start, end = token.end
        func isDay(_ token: Token) -> Bool {
            token.isNumber && token.end - token.start <= 2 && (1...31).contains(Int(document.text(token.range)) ?? 0)
        }
        func gap(_ from: Int, _ to: Int) -> Bool {
            document.onlySpaces(from..<to, allowing: [UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")]) && to - from <= 3
        }
        func isOrdinal(_ token: Token) -> Bool { ["st", "nd", "rd", "th"].contains(document.lowercased(token.range)) }
        // A day before: "3 March", "3rd of March", "03-MAR".
        var found = false
        if position >= 1 {
            var index = position - 1
            if index >= 0, document.lowercased(tokens[index].range) == "of", gap(tokens[index].end, token.start) { index -= 1 }
            if index >= 0, isOrdinal(tokens[index]), index >= 1, tokens[index].start == tokens[index - 1].end { index -= 1 }
            // "the twenty-second of February", "third of August": a day in words, as dictation writes it.
            if index >= 0, tokens[index].end < token.start, Self.dayWords.contains(tokens[index], in: document) {
                start = tokens[index].start
                if index >= 1, ["twenty", "thirty"].contains(document.lowercased(tokens[index - 1].range)), tokens[index - 1].end + 1 == tokens[index].start {
                    start = tokens[index - 1].start
                }
                found = true
            } else if index >= 0, isDay(tokens[index]), document.onlySpaces(tokens[index].end..<tokens[min(index + 1, position)].start, allowing: [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ",")]) || tokens[index].end == tokens[index + 1].start {
                if tokens[index].end <= token.start, token.start - tokens[index].end <= 8 {
                    start = tokens[index].start
                    found = true
                }
            }
        }
        // A day and/or a year after: "March 3rd", "Mar 3, 2021", "March 2021", "MAR-21".
        var next = position + 1
        // ("OCT2 / BOB1", "SEPT9": a gene or a protein, a month's letters in capitals joined to one digit with no year.)
        let isGeneName = next < tokens.count && tokens[next].start == end && tokens[next].end - tokens[next].start == 1 && document.isAllCaps(token)
            && !(next + 1 < tokens.count && tokens[next + 1].isNumber && tokens[next + 1].start <= tokens[next].end + 2)
        if next < tokens.count, isDay(tokens[next]), gap(end, tokens[next].start), !isGeneName {
            end = tokens[next].end
            found = true
            next += 1
            if next < tokens.count, isOrdinal(tokens[next]), tokens[next].start == end { end = tokens[next].end; next += 1 }
        }
        if next < tokens.count, tokens[next].isNumber, gap(end, tokens[next].start) {
            let length = tokens[next].end - tokens[next].start
            let value = Int(document.text(tokens[next].range)) ?? 0
            if (length == 4 && (1900...2099).contains(value)) || (length == 2 && found) {
                end = tokens[next].end
                found = true
            }
        }
        if found { return start..<end }
        // A month alone ("the heating was off in February") is not a date of the patient's care.
        return nil
    }
}
