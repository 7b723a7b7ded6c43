/// `privacy.age`: an age over 89, which must be written as "90 or older" (`age: 90+`).
struct AgeRule: TextRule {
    let description = RuleDescription(
        id: "privacy.age",
        summary: "Age over 89",
        rationale: "Very old ages are rare enough to identify a person; HIPAA Safe Harbor (§164.514(b)(2)(i)(C)) allows them only as \"90 or older\".",
        defaultSeverity: .error,
        hint: "Write \"aged 90 or over\" (front matter: `age: 90+`).",
        passing: [
            "Adults aged 18 to 99 were included; doses for those aged 12 to 95 kg.",
            "Fever 104 F x 4 days; Tmax 103. She was in atrial fibrillation at 110, and pale.",
            "Blood lead level (BLL) was **98 µg/dL**; chelation was declined because BLL was < 100.",
            "Breakpoints from CLSI (M100, 34th edition); ADHD (ICD-10 F90, F91); a Samsung SM-A125F; resistance mutations K103N, V106M. He walked 100 m with a frame. Figure 92 a, b shows the rash.",
            "Life expectancy after Mohs surgery in patients aged 90 years and older; all four patients aged 90 or over agreed.",
            "Total daily oral morphine is one hundred and twenty\nmilligrams.",
            "In the cohort the maximum age was 97 and the oldest age was 99.",
            "The study of 1933 (91 cases) was cited; Mr Gosling's SpO2 was 96, 95, 94.",
            "Header:\n\n    (0010,1010) PatientAge  AS  [089Y]\n    (0010,1010) PatientAge  AS  [095M]",
            "An 89-year-old woman; a man in his 80s.",
            "The heart rate at 110 was the highest; 90 this year was the target; Dad is 72.",
            "Aspirin 90 mg; heart rate 95 beats per minute; SpO2 94%.",
            "Symptoms for 91 days; the 90th centile; `age: 90+`; a nonagenarian; HFE C282Y homozygous.",
            "A woman in her nineties; a man in his 90s; a cannula bent at ninety degrees; the Burch-Wartofsky Point Scale was 100.",
            "At 100 mL/h; at 95% saturation; she is 94% saturated; heart rate of 96; the patient (90 kg); HR 96, BP 120/80; Mean, 95, range.",
            "She was tachycardic at 118, with Kussmaul breathing; a Victorian house more than 120 years old; a 120-year-old house.",
            "A technetium-99m scan; salivary cortisol < 2.8 at 23:00.",
            "The catheter was turned 90 degrees. Sats — on air — is 94 and stable. Alice Baker is 45.",
            "Il reparto ha 92 letti; the hospital has 95 beds.",
            "A truncated protein of 120 aa. Shoulder abduction 170, lat 95. Max Pulse was 120 overnight. Platelets — today — is 95 and still falling.",
            "Her heart rate was about 95; the dose was 90 or 100 mg; the age of the building was 95 years; the mean age was 91 years.",
            "A woman aged over 90; His son's score is 95; her mother's weight is 96, up from 90; a patient aged over 100.",
            "Her mother, whose sats were low, is 94% on air. The child, febrile, is 95. His father's pulse, at rest, was 96.",
            "Nócha nóiméad ina dhiaidh sin.",
        ],
        failing: [
            "A letter for her ⟦hundredth birthday⟧, a cake for her ⟦hundred-and-second birthday⟧. \"I've had ⟦ninety⟧ good years.\" \"I've had my ⟦ninety-two⟧ years.\"",
            "Family cluster:\n\n- Grandmother ⟦91⟧, son 56, granddaughter 17",
            "Nineteen residents aged 78 to ⟦102⟧ fell ill; two women ⟦aged 95⟧ and ⟦98⟧ died.",
            "A ⟦91-year-old⟧ church elder chose conservative care; Mere Tawhiri (NHI ZKM4306), ⟦96⟧, lived alone. A 120-year-old church.",
            "A febrile ⟦92-year-old⟧ woman was admitted; she developed atrial fibrillation at ⟦91⟧, then a stroke.",
            "A ⟦93-year-old⟧ woman fell at home.",
            "Syncope in a farmer of ⟦ninety-one⟧; a retired teacher of ⟦93⟧.",
            "DOB 30-Mar-1932 (⟦91 yr⟧)",
            "The resident was Mr Herbert \"Bert\" Gosling, ⟦96⟧, whose son visited; Patrick Joseph Tierney (\"Paddy\"), ⟦90⟧, of the same parish.",
            "Name: Esther Halperin   DOB: 14/08/1933 (⟦90⟧)\n\n| Field | Value |\n|---|---|\n| Age on arrival | ⟦92⟧ |",
            "Header:\n\n    (0010,1010) PatientAge  AS  [⟦094Y⟧]",
            "No recurrence at six months. Now ⟦92⟧, he said he would be back at the fank; now 95% healed.",
            "She said: \"I'm ⟦ninety-four⟧, not stupid.\"",
            "Her note read: \"Dad is ⟦97⟧ but he is not demented.\" The great-grandmother, at ⟦101⟧ was born before the vaccine; Cucu — \"⟦97⟧ this year and still going to church\".",
            "He is ⟦94 yo⟧; his wife, ⟦aged 91⟧, was present.",
            "The patient, ⟦91 years of age⟧, declined surgery.",
            "A woman in her ⟦late 90s⟧ and a ⟦ninety-two-year-old⟧ man.",
            "Age: ⟦96⟧. | Age | ⟦103⟧ |; her sister, who is ⟦94⟧; DICOM age ⟦095Y⟧.",
            "On her ⟦103rd birthday⟧ she had a fall; his mother died at ⟦91⟧.",
            "At ⟦101⟧, she lives alone. She is ⟦99⟧. The patient (⟦97⟧) and someone of ⟦96⟧.",
            "A woman in her ⟦late nineties⟧; she is ⟦one hundred and three⟧; a great-aunt of ⟦ninety-six⟧.",
            "\"I'm ⟦91⟧, I've had a good innings,\" he said; \"I am ⟦93⟧.\" I'm 90% sure. Pachaiammal is ⟦95⟧ by her family's reckoning. Troponin is 96 ng/L.\nDeath of case 6 (PL, ⟦97⟧); [Violet Ashworth] d.⟦93⟧; DOB / Age / Sex: 05/22/1932 / ⟦92⟧ / F.\n**Age:** ⟦96⟧ · EPOA daughter; Edna Boutilier, ⟦103⟧ (DOB on file); Hal Vandermolen, ⟦ninety-one⟧, retired; her ⟦ninety-fourth birthday⟧.",
            "Triage: \"M, ⟦92⟧. Bitten.\" and \"F ⟦91⟧, confused\"; ⟦93⟧M pinned; Mr A (M, ⟦91⟧); Evelyn Marsh, ⟦94⟧, bled.",
            "A man who at ⟦93⟧ was driving; Mme J.C. is ⟦102⟧.",
            "age/sex ⟦91⟧/F; que tem ⟦102 anos⟧; Nomathemba Mqhayi (⟦90⟧, grant); her mother-in-law, ⟦92⟧; still alive at ⟦94⟧ in the village.",
            "Operate at ⟦102⟧? Surgery is not futile at ⟦102⟧.",
            "---\nage: 90+\n---\nTAVI at ⟦92⟧ — deciding with her; at ⟦92⟧ the risk is real. SpO2 at 92 on air; saturating at 94.",
            "Please don't send her in, she's ⟦102⟧; lives with nana (⟦92⟧); blindness at ⟦96⟧ — arteritic.",
            "Burns from smoking on home oxygen in a ⟦94-year-old⟧ veteran; cochlear implantation at ⟦90⟧: outcomes.\n---\nage: 90+",
            "The father, \"پدر ⟦۹۱ ساله⟧\"; the mother ⟦96 বছর⟧; Umur: ⟦91 tahun⟧.",
            "Bert Fisher is ⟦91⟧, lives with his wife. Mrs Whitlock — Pearl to everyone — is ⟦94⟧ and still drives. He is turning ⟦93⟧ next month. Mrs Okafor – Ivy to all – is ⟦96⟧ and still gardens.",
            "Paziente: nata il 1932 (⟦92⟧ aa).\n\n> La nonna ha ⟦92⟧\n> anni ma è lucida.\n\n1. Stanisława K., wiek ⟦90⟧, PESEL on file. Mw. G., ⟦93⟧ jr, val met e-bike.",
            "Registration:\n\nThe family said she was ⟦90⟧ or ⟦91⟧; the card records her age as ⟦90⟧. Her aunt said she was about ⟦92⟧.",
            "Pedigree:\n\n| I-2 | grandmother | alive, ⟦93⟧, lives in Macroom |\n| II-4 | great-uncle | died ⟦96⟧, Portugal |\n| II-5 | uncle | ⟦90⟧, lives in Petrópolis |\n\nNow ⟦ninety-one⟧; an age of ⟦91⟧. Ninety minutes later; died 96 hours later; alive, 90 mg.",
            "Dialysis list:\n\n| Kreslo | Pacient | Vek |\n|---|---|---|\n| 8 | pacient B | ⟦91⟧ |",
            "His great-grandmother, Sra. Rosa Huenchullán, ⟦ninety-two⟧ but in charge; her great-grandmother (⟦ninety-seven⟧, lives with them); the bisabuela (⟦noventa años⟧).",
            "Family history: her mother, now ⟦94⟧ and living in sheltered housing. His koro, the kaumātua, is ⟦91⟧ and had it too. An elderly woman, aged about ⟦96⟧, was found; the list gives her as \"Somawathie amma, ⟦ninety-two⟧\".",
            "At her daughter's wedding she was ⟦92⟧. Her mother's age is ⟦94⟧.",
            "His paternal grandfather, who had \"fevers all his life\", is ⟦92⟧ and still farms; her mother, stable on warfarin, is ⟦94⟧.",
            "Tá sí ⟦seacht mbliana is nócha⟧; bhí sé ⟦aon bhliain is nócha⟧.",
        ]
    )

    static let suffixes = ["-year-old", " year old", "-year old", " years old", "-years-old", "-yr-old", " yr old", " yrs old",
                           " yom", " yof", "yom", "yof", " yo", "yo", " y/o", " y.o.", " years of age", " yrs", " yr",
                           // Dutch, Swedish, French, Spanish, Italian, German and Japanese: "90 jaar", "93 år", "91歳".
                           " jaar", " år", " ans", " años", " anos", " anni", " jahre", " jährige", "歳", " j.",
                           // Persian, Arabic, Bengali, Hindi, Thai, Greek, Indonesian and Malay, Turkish: "۹۱ ساله", "৯৬ বছর", "91 tahun".
                           " ساله", " سال", " سنة", " سنوات", " عاما", " عاماً", " বছর", " वर्ष", " साल", " ปี", " χρονών", " ετών", " tahun",
                           " yaşında", " yaş",
                           // Korean and Irish: "92세", "92 bliain d'aois".
                           "세", " bliain d'aois", " bliana d'aois"]
    /// Words that can begin an age phrase written in words: "ninety-two", "in her late 90s".
    static let phraseStarts = WordList(vocabulary: .phraseStarts, ["hundred", "hundredth", "early", "mid", "late", "his", "her", "their", "s", "nineties", "one"])

    /// Whether an age is the bound of a group of people, not someone's age: "patients aged 90 or over", "aged 90 years and older".
    static func boundsAGroup(after end: Int, in document: ScanDocument) -> Bool {
        var at = end
        if document.hasPrefix(" years", at: at) { at += 6 }
        return [" or over", " or older", " and over", " and older", " or above", " and above"].contains { document.hasPrefix($0, at: at) }
    }

    /// Headers of a table column of ages.
    static let ageHeaders: WordList = ["age", "age (years)", "age, years", "age/sex", "age / sex", "age (y)", "age (yrs)", "age on arrival", "age at visit",
                                       "age at admission", "age at death",
                                       // In Romanian, French, Portuguese, Spanish, Italian, German, Dutch, Polish, Swedish, Norwegian and Danish,
                                       // Finnish, Turkish, Malay and Indonesian, Japanese, Chinese and Korean.
                                       "vârstă", "vârsta", "âge", "idade", "edad", "età", "alter", "leeftijd", "wiek", "ålder", "alder", "ikä", "yaş",
                                       "umur", "usia", "年齢", "年龄", "年齡", "나이",
                                       // Slovak, Czech, Hungarian, Croatian and Serbian, Slovene: "| Vek |", "| Věk |", "| Kor |", "| Starost |".
                                       "vek", "věk", "életkor", "kor", "starost", "godine", "возраст", "вік", "starost (god.)"]

    func matches(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens
        let bandOver89 = Self.hasAgeBandOver89(document)
        // Cells of a table column headed "Age" holding 90 or more.
        // "(0010,1010) PatientAge AS [094Y]": an age string of 90 years or more in an image header.
        var matches = document.headerFields.compactMap { field -> Match? in
            guard field.kind == .age else { return nil }
            let digits = document.bytes[field.range].prefix(while: \.isDigit)
            let unit = document.bytes[field.range].dropFirst(digits.count).first
            guard let years = Int(String(decoding: digits, as: UTF8.self)), years > 89, unit == nil || unit == UInt8(ascii: "Y") || unit == UInt8(ascii: " ") else { return nil }
            return Match(field.range.lowerBound..<(field.range.lowerBound + digits.count), "age over 89")
        } + (TableColumns.cells(in: document, headers: Self.ageHeaders) + TableColumns.rowCells(in: document, headers: Self.ageHeaders, headerRows: false)).filter { range in
            let digits = document.text(range).prefix { $0.isNumber }
            return (Int(digits) ?? 0) >= 90 && (Int(digits) ?? 0) <= 125
        }.map { Match($0, "age over 89") }
        for (position, token) in tokens.enumerated() {
            if token.isNumber {
                // DICOM age strings: "095Y" (not the "282Y" of the HFE variant C282Y).
                if token.end - token.start == 3, token.start == 0 || !document.bytes[token.start - 1].isAlphanumeric, token.end < document.bytes.count, document.bytes[token.end] == UInt8(ascii: "Y"),
                   token.end + 1 >= document.bytes.count || !document.bytes[token.end + 1].isAlphanumeric, let value = Int(document.text(token.range)), value >= 90 {
                    matches.append(Match(token.start..<(token.end + 1), "age over 89"))
                    continue
                }
                // "her 103rd birthday", "his 100th birthday"
                if token.end - token.start <= 3, let value = Int(document.text(token.range)), (90...130).contains(value), position + 1 < tokens.count,
                   tokens[position + 1].start == token.end, ["st", "nd", "rd", "th"].contains(document.lowercased(tokens[position + 1].range)) {
                    let after = tokens[position + 1].end
                    let birthday = document.hasPrefix(" birthday", at: after)
                    let possessive = position >= 1 && tokens[position - 1].isIn(.possessives)
                    if birthday || possessive {
                        matches.append(Match(token.start..<(birthday ? after + 9 : after), "age over 89"))
                        continue
                    }
                }
                guard token.end - token.start <= 3, token.end - token.start >= 2, document.bytes[token.start] == UInt8(ascii: "9") || document.bytes[token.start] == UInt8(ascii: "1"),
                      let value = Int(document.text(token.range)), (90...125).contains(value) else { continue }
                // "Fever 104 F x 4 days", "Tmax 103": a temperature in Fahrenheit.
                // (Not "a febrile 92-year-old": an age's suffix after the number.)
                if position >= 1, Self.temperatureWords.contains(tokens[position - 1], in: document), Self.ageSuffixEnd(after: token.end, in: document) == nil { continue }
                // (Not a decimal or a ratio's second part; "d.93", died at 93, is an age.)
                if !Self.isDiedAt(token, in: document), token.start > 0, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/")].contains(document.bytes[token.start - 1]),
                   !(token.start >= 2 && document.bytes[token.start - 1] == UInt8(ascii: "/") && (document.bytes[token.start - 2] == UInt8(ascii: "F") || document.bytes[token.start - 2] == UInt8(ascii: "M"))
                     && (token.start < 3 || !document.bytes[token.start - 3].isLetterLike)) { continue }
                // "90+" is how an age over 89 should be written.
                if token.end < document.bytes.count, document.bytes[token.end] == UInt8(ascii: "+") { continue }
                // A thing's age: "a house more than 120 years old" (the thing before), "a 120-year-old house" (the thing after);
                // not "on home oxygen in a 94-year-old veteran".
                if let end = Self.ageSuffixEnd(after: token.end, in: document),
                   document.bytes[token.end] == UInt8(ascii: "-")
                    ? !(document.token(startingAt: end + 1).map { thing in
                        // ("a 91-year-old church elder", "a 95-year-old farm worker": the thing's word names the person's.)
                        Self.thingWords.contains(thing, in: document)
                            && !(document.token(startingAt: thing.end + 1).map { Self.peopleOfAThing.contains($0, in: document) || $0.isIn(.people) } ?? false)
                    } ?? false)
                    : !(max(0, position - 4)..<position).contains(where: { Self.thingWords.contains(tokens[$0], in: document) }) {
                    matches.append(Match(token.start..<end, "age over 89"))
                } else if Self.isAgeContext(position, tokens: tokens, in: document, bandOver89: bandOver89) {
                    matches.append(Match(token.range, "age over 89"))
                } else if position >= 1, ["aged", "age", "turned", "turns", "yrs", "years", "leeftijd", "alter", "âge", "edad", "età", "ålder"].contains(document.lowercased(tokens[position - 1].range))
                            // "aged about 96", "age approximately 92" (not "aged over 90", a band).
                            || position >= 2 && ["about", "around", "approximately", "roughly", "nearly", "almost", "circa"].contains(document.lowercased(tokens[position - 1].range))
                                && ["aged", "age"].contains(document.lowercased(tokens[position - 2].range))
                            || (position >= 2 && ["died", "dies", "lived"].contains(document.lowercased(tokens[position - 2].range)) && ["at", "to"].contains(document.lowercased(tokens[position - 1].range)))
                            || (position >= 2 && ["is", "was"].contains(document.lowercased(tokens[position - 1].range)) && document.lowercased(tokens[position - 2].range) == "who")
                            // "residents aged 78 to 102", "two women aged 85 and 98": the second number of a range or a pair after "aged".
                            || position >= 3 && ["to", "and", "or"].contains(document.lowercased(tokens[position - 1].range)) && tokens[position - 2].isNumber
                                && document.lowercased(tokens[position - 3].range) == "aged" && tokens[position - 2].start == tokens[position - 3].end + 1
                                // (Not a study's "adults aged 18 to 99": the range of a few old people.)
                                && (Int(document.text(tokens[position - 2].range)) ?? 0) >= 60
                            // "Now 92, Murdo told the team …"
                            || document.lowercased(tokens[position - 1].range) == "now" && token.end < document.bytes.count && document.bytes[token.end] == UInt8(ascii: ",")
                            // "an age of 91"; a pedigree's "died 96, Portugal".
                            || position >= 2 && document.lowercased(tokens[position - 1].range) == "of" && document.lowercased(tokens[position - 2].range) == "age"
                            || document.lowercased(tokens[position - 1].range) == "died" && token.end < document.bytes.count && document.bytes[token.end] == UInt8(ascii: ","),
                          document.onlySpaces(tokens[position - 1].end..<token.start, allowing: [UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "_")]),
                          !Self.followedByUnit(token.end, in: document), !Self.boundsAGroup(after: token.end, in: document) {
                    let start = document.lowercased(tokens[position - 1].range) == "aged" ? tokens[position - 1].start : token.start
                    matches.append(Match(start..<token.end, "age over 89"))
                } else if position >= 1, !Self.followedByUnit(token.end, in: document),
                          // A pedigree's "alive, 93, lives in Macroom" and "| 90, lives in Petrópolis |": alive, or where one lives.
                          document.lowercased(tokens[position - 1].range) == "alive" && document.onlySpaces(tokens[position - 1].end..<token.start, allowing: [UInt8(ascii: ",")])
                            || document.hasPrefix(", lives ", at: token.end) || document.hasPrefix(", living ", at: token.end) {
                    matches.append(Match(token.range, "age over 89"))
                }
                // "she was 90 or 91", "aged 95 and 98": the other age of a pair that gives two.
                if let last = matches.last, last.end == token.end, position + 2 < tokens.count,
                   document.hasPrefix(" or ", at: token.end) && tokens[position + 2].start == token.end + 4
                    || document.hasPrefix(" and ", at: token.end) && tokens[position + 2].start == token.end + 5, tokens[position + 2].isNumber, (2...3).contains(tokens[position + 2].end - tokens[position + 2].start),
                   let other = Int(document.text(tokens[position + 2].range)), (90...125).contains(other), !Self.followedByUnit(tokens[position + 2].end, in: document) {
                    matches.append(Match(tokens[position + 2].range, "age over 89"))
                }
            } else {
                guard token.isIn(.phraseStarts)
                        || document.bytes[token.start] | 0x20 == UInt8(ascii: "n") && (document.hasPrefix("ninety", at: token.start)
                            || document.hasPrefix("noventa", at: token.start) || document.hasPrefix("novanta", at: token.start)
                            || document.hasPrefix("nócha", at: token.start))
                        || document.bytes[token.start] == UInt8(ascii: "h") && document.hasPrefix("hundred-", at: token.start) else { continue }
                // her/his/their/one/s only matter before "90s", "nineties", "late"… or "hundred".
                if token.end - token.start <= 5, !document.hasPrefix("ninet", at: token.start), !document.hasPrefix("hundred", at: token.start),
                   !["early", "mid", "late"].contains(where: { document.hasPrefix($0, at: token.start) }) {
                    guard position + 1 < tokens.count else { continue }
                    let following = tokens[position + 1]
                    let interesting = (following.isNumber && document.bytes[following.start] == UInt8(ascii: "9"))
                        || document.hasPrefix("ninet", at: following.start) || document.hasPrefix("hundred", at: following.start)
                        || document.hasPrefix("late", at: following.start) || document.hasPrefix("early", at: following.start)
                        || document.hasPrefix("mid", at: following.start)
                    guard interesting else { continue }
                }
                let word = document.lowercased(token.range)
                // "on reaching her hundredth birthday", "her hundred-and-second birthday".
                if word == "hundredth" || word.hasPrefix("hundred-") && ["th", "st", "nd", "rd"].contains(where: { word.hasSuffix($0) }) {
                    if document.hasPrefix(" birthday", at: token.end) { matches.append(Match(token.start..<(token.end + 9), "age over 89")) }
                    continue
                }
                // "in her late nineties" narrows the age to a few years; "in her nineties", a band as wide as
                // "90 or over" allows, is not reported.
                if word == "nineties", position >= 1 {
                    if ["early", "mid", "late"].contains(document.lowercased(tokens[position - 1].range)) {
                        matches.append(Match(tokens[position - 1].start..<token.end, "age over 89"))
                    }
                    continue
                }
                // "one hundred and three", "a hundred and one"
                if word == "one" || word == "hundred", position + 1 < tokens.count {
                    let hundredAt = word == "one" ? position + 1 : position
                    guard hundredAt < tokens.count, document.lowercased(tokens[hundredAt].range) == "hundred" else { continue }
                    var end = tokens[hundredAt].end
                    if hundredAt + 2 < tokens.count, document.lowercased(tokens[hundredAt + 1].range) == "and" { end = tokens[hundredAt + 2].end }
                    let contextBefore = position >= 1 && ["is", "was", "aged", "age", "at", "turned", "of", "reached"].contains(document.lowercased(tokens[position - 1].range))
                    // ("oral morphine is one hundred and twenty milligrams": a dose.)
                    if contextBefore && !Self.followedByUnit(end, in: document) || Self.ageSuffixEnd(after: end, in: document) != nil || document.hasPrefix(" years old", at: end) {
                        matches.append(Match(token.start..<(Self.ageSuffixEnd(after: end, in: document) ?? end), "age over 89"))
                    }
                    continue
                }
                // Irish counts the years before the tens: "seacht mbliana is nócha" (ninety-seven years), "aon bhliain is nócha"; or
                // "nócha bliain d'aois".
                if word == "nócha" {
                    if position >= 3, document.lowercased(tokens[position - 1].range) == "is",
                       ["bliain", "bhliain", "mbliana", "bliana"].contains(document.lowercased(tokens[position - 2].range)), !tokens[position - 3].isNumber {
                        matches.append(Match(tokens[position - 3].start..<token.end, "age over 89"))
                    } else if let end = Self.ageSuffixEnd(after: token.end, in: document) {
                        matches.append(Match(token.start..<end, "age over 89"))
                    }
                    continue
                }
                // "(noventa años, the mother says)", "noventa e dois anos", "novantadue anni": in Spanish, Portuguese and Italian.
                if word.hasPrefix("noventa") || word.hasPrefix("novanta") {
                    var end = token.end
                    // ("noventa y dos años", "noventa e dois anos": the units after "y" or "e".)
                    if position + 2 < tokens.count, ["y", "e"].contains(document.lowercased(tokens[position + 1].range)), tokens[position + 1].start == token.end + 1,
                       Self.unitsInRomance.contains(document.lowercased(tokens[position + 2].range)), tokens[position + 2].start == tokens[position + 1].end + 1 {
                        end = tokens[position + 2].end
                    }
                    if let years = [" años", " anos", " anni", " ans"].first(where: { document.hasPrefix($0, at: end) }) {
                        matches.append(Match(token.start..<(end + years.utf8.count), "age over 89"))
                    }
                    continue
                }
                if word.hasPrefix("ninety") || word == "hundred" {
                    // "her ninety-fourth birthday": an ordinal before "birthday".
                    if word.hasPrefix("ninety"), word.hasSuffix("th") || word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd"), document.hasPrefix(" birthday", at: token.end) {
                        matches.append(Match(token.start..<(token.end + 9), "age over 89"))
                        continue
                    }
                    // "Harold Vandermolen, ninety-one, retired …": spelled out between commas after a name.
                    // ("Doña Amparo Garza, ninety-one and the family's matriarch", "Sra. Rosa Huenchullán, ninety-two but …"; "her
                    // great-grandmother (ninety-seven, lives with them)": in brackets after a kinship word.)
                    // ("lists her as \"Somawathie amma, ninety-two\"": a quote's end after a name and its kin word.)
                    let closesApposition = token.end < document.bytes.count && (document.bytes[token.end] == UInt8(ascii: ",") || document.bytes[token.end] == UInt8(ascii: ")")
                        || [" and ", " but ", " — ", " – ", "\"", "”"].contains(where: { document.hasPrefix($0, at: token.end) }))
                    let betweenCommas = token.start >= 2 && document.bytes[token.start - 2] == UInt8(ascii: ",") && closesApposition
                        && position >= 1 && (document.isCapitalised(tokens[position - 1]) || tokens[position - 1].isIn(.kinship))
                        || token.start >= 2 && document.bytes[token.start - 1] == UInt8(ascii: "(") && closesApposition && position >= 1
                            && (tokens[position - 1].isIn(.kinship) || tokens[position - 1].isIn(.people))
                    // ("I'm ninety-four, not stupid", "she's ninety-one")
                    let saidOfSelf = position >= 2 && ["m", "s"].contains(document.lowercased(tokens[position - 1].range))
                        && ["i", "she", "he"].contains(document.lowercased(tokens[position - 2].range))
                        // "I've had ninety good years", "my ninety-two years": the years of one's own life.
                        || position >= 1 && ["my", "her", "his", "had"].contains(document.lowercased(tokens[position - 1].range))
                            && (document.hasPrefix(" years", at: token.end) || document.hasPrefix(" good years", at: token.end))
                    let afterAged = betweenCommas || saidOfSelf || position >= 1 && ["aged", "age", "turned", "is", "was", "to", "at", "i'm", "am", "turns", "now"].contains(document.lowercased(tokens[position - 1].range))
                        || position >= 2 && document.lowercased(tokens[position - 1].range) == "of"
                            && (tokens[position - 2].isIn(.people) || tokens[position - 2].isIn(.kinship))
                        || position >= 2 && document.lowercased(tokens[position - 1].range) == "of" && document.lowercased(tokens[position - 2].range) == "age"
                    if (word.hasPrefix("ninety") && word.contains("-year")) || (word.hasPrefix("ninety") && afterAged && !Self.followedByUnit(token.end, in: document)) {
                        matches.append(Match(token.range, "age over 89"))
                    } else if let end = Self.ageSuffixEnd(after: token.end, in: document) {
                        matches.append(Match(token.start..<end, "age over 89"))
                    }
                } else if word == "s", token.start >= 2, document.text((token.start - 2)..<token.start) == "90" {
                    continue
                } else if ["early", "mid", "late"].contains(word), position + 1 < tokens.count, tokens[position + 1].isNumber,
                          document.text(tokens[position + 1].range) == "90", tokens[position + 1].end < document.bytes.count,
                          document.bytes[tokens[position + 1].end] == UInt8(ascii: "s") {
                    matches.append(Match(token.start..<(tokens[position + 1].end + 1), "age over 89"))
                } else if token.isIn(.possessives), position + 2 < tokens.count, document.lowercased(tokens[position + 1].range) == "in" {
                    continue
                }
            }
        }
        matches += Self.afterNamesAndBirthYears(in: document, except: matches)
        return matches
    }

    /// Ages from 90 to 125 that follow a person's name or a date of birth: "Mr Herbert \"Bert\" Gosling, 96, whose", "Patrick Joseph Tierney
    /// (\"Paddy\"), 90, of", "with wife Soon-ja Kim, 90.", "DOB: 14/08/1933 (90)", "DOB 12/03/1932 · 92 ·" — after a name that the name or
    /// the relative rule finds (asked only when such a number follows a capitalised word), or after a year of birth that the age fits.
    static func afterNamesAndBirthYears(in document: ScanDocument, except found: [Match]) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var names: [Range<Int>]?
        var matches: [Match] = []
        for position in document.numbers where position >= 1 {
            let token = tokens[position]
            guard (2...3).contains(token.end - token.start), bytes[token.start] == UInt8(ascii: "9") || bytes[token.start] == UInt8(ascii: "1"),
                  let value = Int(document.text(token.range)), (90...125).contains(value), token.start >= 2,
                  token.end == bytes.count || [UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: " "), UInt8(ascii: ";"), UInt8(ascii: "\n")].contains(bytes[token.end])
                    || bytes[token.end] == UInt8(ascii: ".") && !(token.end + 1 < bytes.count && bytes[token.end + 1].isDigit),
                  !Self.followedByUnit(token.end, in: document), !Self.boundsAGroup(after: token.end, in: document),
                  !found.contains(where: { $0.range.overlaps(token.range) }), token.zone != .reference else { continue }
            // ("(91 cases)": a count of something.)
            if document.hasPrefix(" ", at: token.end), let next = document.token(startingAt: token.end + 1), !next.isNumber,
               Self.ageSuffixEnd(after: token.end, in: document) == nil, Lexicon.englishWords.contains(next, in: document) { continue }
            // What separates the number from what comes before: ", ", " (", " · ".
            var before = token.start
            for separator in [", ", " (", " · ", "("] where token.start >= separator.utf8.count && document.hasPrefix(separator, at: token.start - separator.utf8.count) {
                before = token.start - separator.utf8.count
                break
            }
            guard before < token.start else { continue }
            // "DOB: 14/08/1933 (90)": a year of birth that the age fits, written just before it.
            let previous = tokens[position - 1]
            if previous.isNumber, previous.end == before, previous.end - previous.start == 4, let year = Int(document.text(previous.range)),
               (1880...1940).contains(year), (2000...2035).contains(year + value) {
                matches.append(Match(token.range, "age over 89"))
                continue
            }
            // (In brackets, the age closes them or a comma follows: "(Frank, 91)" is not "(90 at the end of a file".)
            guard bytes[token.start - 1] != UInt8(ascii: "(") || token.end < bytes.count && (bytes[token.end] == UInt8(ascii: ")") || bytes[token.end] == UInt8(ascii: ",")) else { continue }
            // Back over a nickname's closing quote and bracket to the name: "(\"Paddy\"), 90".
            var end = before
            while end > 0, [UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x9D, 0x99].contains(bytes[end - 1]) {
                end -= 1
                // (The closing curly quotes' last byte: back to their first.)
                if bytes[end] >= 0x80, end >= 2, bytes[end - 2] == 0xE2 { end -= 2 }
            }
            guard end > 0, let last = document.lastTokenIndex(endingBy: end), tokens[last].end == end, !tokens[last].isNumber,
                  bytes[tokens[last].start].isUpper || bytes[tokens[last].start] >= 0xC3 else { continue }
            if names == nil { names = (NameRule().matches(in: document) + RelativeRule().matches(in: document)).map(\.range) }
            if names!.contains(where: { $0.upperBound == end }) { matches.append(Match(token.range, "age over 89")) }
        }
        return matches
    }

    /// Units after "noventa y" and "noventa e": "noventa y dos años", "noventa e um anos".
    static let unitsInRomance: Set<String> = ["uno", "un", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "um", "uma", "dois",
                                              "duas", "três", "quatro", "sete", "oito", "nove"]

    /// Words before a temperature, which is over 89 in Fahrenheit: "fever 104 F", "Tmax 103".
    static let temperatureWords: WordList = ["fever", "fevers", "febrile", "temp", "temperature", "tmax", "pyrexia", "pyrexial", "spiking", "spiked"]
    /// Rhythms whose rate "at N" may follow: "in atrial fibrillation at 110," (over 100 a rate, at 91 an age: "AF at 91, then a stroke").
    static let rhythmWords: WordList = ["fibrillation", "flutter", "tachycardia", "rhythm", "af", "svt"]
    static let measureWords: WordList = ["tachycardic", "bradycardic", "saturating", "saturated", "sats", "rate", "pulse", "pressure", "temperature",
                                         "peaked", "plateaued", "stable", "steady", "running", "paced", "capped", "set", "spo2", "sao2", "sat",
                                         "saturations", "oxygen", "o2", "spo", "sao", "fio", "hr", "glucose", "sodium", "rr", "map", "weight", "sbp", "dbp", "bp", "fio2", "ef"]
    /// People named by a thing's word before them: "a church elder", "a school caretaker", "a farm worker".
    static let peopleOfAThing: WordList = ["elder", "elders", "member", "warden", "goer", "volunteer", "worker", "leader", "minister", "deacon",
                                           "owner", "keeper", "caretaker", "matriarch", "patriarch", "founder", "organist",
                                           "secretary", "treasurer", "trustee", "caller", "driver", "porter", "cleaner", "cook", "gardener"]
    /// Things that have an age: "a house more than 120 years old".
    static let thingWords: WordList = ["house", "building", "home", "tree", "bridge", "church", "practice", "hospital", "company", "tradition",
                                       "cottage", "farmhouse", "school", "book", "car", "record", "records", "recipe", "family"]

    static let people = WordList(vocabulary: .people, ["she", "he", "who", "patient", "woman", "man", "lady", "gentleman", "person", "someone", "resident",
                                   "widow", "widower", "mother", "father", "wife", "husband", "sister", "brother", "aunt", "uncle",
                                   "grandmother", "grandfather", "gran", "nan", "granny", "grandpa", "grandma", "friend", "neighbour", "neighbor",
                                   // People named by what they do or did: "a farmer of ninety-one", "a retired teacher of 93".
                                   "farmer", "fisherman", "pensioner", "retiree", "veteran", "nun", "priest", "teacher", "miner", "crofter",
                                   "shepherd", "labourer", "laborer", "carpenter", "seamstress", "housewife", "homemaker", "widowed"])

    /// "[Violet Ashworth] d.93": died at, in a pedigree.
    static func isDiedAt(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        return token.start >= 2 && bytes[token.start - 1] == UInt8(ascii: ".") && bytes[token.start - 2] == UInt8(ascii: "d")
            && (token.start < 3 || !bytes[token.start - 3].isLetterLike)
    }

    /// Words of sex written beside an age: "93 F", "a woman, 93".
    static let sexMarkers: Set<String> = ["m", "f", "male", "female", "man", "woman"]

    /// A number from 90 to 125 that is an age by its context: "At 101, she", "She is 99", "someone of 96",
    /// "The patient (97)", "a woman, 93,".
    static func isAgeContext(_ position: Int, tokens: [Token], in document: ScanDocument, bandOver89: Bool) -> Bool {
        let token = tokens[position], bytes = document.bytes
        if followedByUnit(token.end, in: document) { return false }
        // "BLL was < 100", "CRP > 90", "≥ 95": a comparison, not an age (a quote's "> " at the start of a line is no sign).
        var sign = token.start - 1
        while sign >= 0, bytes[sign] == UInt8(ascii: " ") || bytes[sign] == UInt8(ascii: "*") { sign -= 1 }
        if sign >= 0, bytes[sign] == UInt8(ascii: "<") || bytes[sign] == UInt8(ascii: ">") || sign >= 2 && bytes[sign - 2] == 0xE2 && bytes[sign - 1] == 0x89,
           !(bytes[sign] == UInt8(ascii: ">") && (sign == 0 || document.source.utf8[sign - 1].isLineBreak || bytes[sign - 1] == UInt8(ascii: ">"))) { return false }
        // "age/sex 91/F", "DOB / Age / Sex: … / 92 / F": an age before the sex.
        for slash in ["/", " / "] where document.hasPrefix(slash, at: token.end) {
            let sex = token.end + slash.utf8.count
            if sex < bytes.count, bytes[sex] == UInt8(ascii: "F") || bytes[sex] == UInt8(ascii: "M"), sex + 1 == bytes.count || !bytes[sex + 1].isLetterLike { return true }
        }
        if Self.isDiedAt(token, in: document) { return true }
        // "(PL, 97)": initials, then the age.
        if token.start >= 5, bytes[token.start - 2] == UInt8(ascii: ","), bytes[token.start - 1] == UInt8(ascii: " "), token.end < bytes.count, bytes[token.end] == UInt8(ascii: ")"), position >= 1,
           document.isAllCaps(tokens[position - 1]), (2...3).contains(tokens[position - 1].end - tokens[position - 1].start), !tokens[position - 1].isNumber,
           tokens[position - 1].start >= 1, bytes[tokens[position - 1].start - 1] == UInt8(ascii: "(") { return true }
        if token.end < bytes.count, bytes[token.end] == UInt8(ascii: "/") || bytes[token.end] == UInt8(ascii: "%") || bytes[token.end] == UInt8(ascii: ".") && token.end + 1 < bytes.count && bytes[token.end + 1].isDigit { return false }
        guard position >= 1 else { return false }
        let previous = document.lowercased(tokens[position - 1].range)
        let value = Int(document.text(token.range)) ?? 0
        let after = token.end < bytes.count ? bytes[token.end] : 0
        // Triage shorthand: "M, 92", "F 91", "F/92", "(M, 91)". (Not a letter joined to its number: "CLSI M100", ICD-10 "F90", codes.)
        if Self.sexMarkers.contains(previous), document.bytes[tokens[position - 1].start].isUpper || previous.count > 1,
           document.onlySpaces(tokens[position - 1].end..<token.start, allowing: [UInt8(ascii: ","), UInt8(ascii: "/")]),
           (1...2).contains(token.start - tokens[position - 1].end)
            // "Patient F92", "(M91)": joined, when the letter stands alone after a space or a bracket and no code's name comes before it.
            || token.start == tokens[position - 1].end && tokens[position - 1].start >= 1
                && (bytes[tokens[position - 1].start - 1] == UInt8(ascii: " ") || bytes[tokens[position - 1].start - 1] == UInt8(ascii: "("))
                && (position < 2 || !tokens[position - 2].isNumber && !document.isAllCaps(tokens[position - 2])) {
            return true
        }
        // Not "Technetium-99m": a number inside a compound; nor a code or a variant, a letter joined before it ("SM-A125F", "V106M").
        if token.start >= 1, bytes[token.start - 1] == UInt8(ascii: "-") || bytes[token.start - 1].isASCIILetter { return false }
        // "Paciente 92 a, demencia", "93a, F": "a" for años after the age, joined, or after a space when the patient is named just
        // before (not "Figure 92 a, b").
        if position + 1 < tokens.count, tokens[position + 1].end - tokens[position + 1].start == 1, bytes[tokens[position + 1].start] == UInt8(ascii: "a"),
           tokens[position + 1].end < bytes.count,
           tokens[position + 1].start == token.end && !bytes[tokens[position + 1].end].isLetterLike
            || tokens[position + 1].start == token.end + 1 && bytes[tokens[position + 1].end] == UInt8(ascii: ",")
                && ["paciente", "patient", "pt", "pte"].contains(previous) {
            return true
        }
        // "93M", "93 F", "92 J." (German Jahre)
        // (Not "walked 100 m": a lowercase "m" after a space is metres.)
        if position + 1 < tokens.count, ["m", "f", "j", "y", "yo", "yrs", "jahre", "ans", "años", "anni", "jr", "jaar", "anos"].contains(document.lowercased(tokens[position + 1].range)),
           tokens[position + 1].start - token.end <= 1, !Lexicon.englishWords.contains(tokens[position + 1], in: document) || tokens[position + 1].end - tokens[position + 1].start == 1,
           !(tokens[position + 1].start > token.end && bytes[tokens[position + 1].range].elementsEqual("m".utf8)) {
            return true
        }
        // "Mere Tawhiri (NHI ZKM4306), 96, lived …": a name, a number in brackets after it, then the age between commas.
        if token.start >= 4, bytes[token.start - 2] == UInt8(ascii: ","), bytes[token.start - 3] == UInt8(ascii: ")"), after == UInt8(ascii: ","),
           let open = bytes[max(0, token.start - 80)..<(token.start - 3)].lastIndex(of: UInt8(ascii: "(")), open >= 2, bytes[open - 1] == UInt8(ascii: " "),
           bytes[open..<(token.start - 3)].contains(where: \.isDigit), let named = document.lastTokenIndex(endingBy: open - 1), tokens[named].end == open - 1,
           !tokens[named].isNumber, document.isCapitalised(tokens[named]), !document.isAllCaps(tokens[named]), !Lexicon.englishWords.contains(tokens[named], in: document),
           named >= 1, document.isCapitalised(tokens[named - 1]), tokens[named - 1].end + 1 == tokens[named].start {
            return true
        }
        // "Evelyn Marsh, 94, with …", "Edna Boutilier, 103 (DOB …)": a capitalised name, then the age after a comma.
        if token.start >= 2, bytes[token.start - 2] == UInt8(ascii: ","), bytes[token.start - 1] == UInt8(ascii: " "),
           after == UInt8(ascii: ",") || document.hasPrefix(" (", at: token.end),
           document.isCapitalised(tokens[position - 1]),
           !Lexicon.englishWords.contains(tokens[position - 1], in: document)
            || (position >= 2 && document.isCapitalised(tokens[position - 2]) && tokens[position - 2].end + 1 == tokens[position - 1].start
                && !tokens[position - 2].isIn(.stopwords)) {
            return true
        }
        // "tachycardic at 118,", "saturating at 94,": a measurement.
        if previous == "at", position >= 2, Self.measureWords.contains(tokens[position - 2], in: document) { return false }
        if previous == "at", position >= 2, Self.rhythmWords.contains(tokens[position - 2], in: document), value > 100 { return false }
        // "SpO2 at 92": a measure whose name ends in a digit.
        if previous == "at", position >= 3, tokens[position - 2].isNumber, tokens[position - 2].start == tokens[position - 3].end,
           Self.measureWords.contains(tokens[position - 3], in: document) { return false }
        // "At 101, she …" / "at 91 she" / "at 101 her predicted mortality"
        if previous == "at", after == UInt8(ascii: ",") || after == UInt8(ascii: "\"") || (position + 1 < tokens.count && (tokens[position + 1].isIn(.people)
                || tokens[position + 1].isIn(.possessives))) || document.startsSentence(tokens[position - 1]) {
            return true
        }
        // "Operate at 102?", "too dangerous at 102.": above 100 a clause-final "at N" is not a saturation.
        if previous == "at", value >= 101,
           after == UInt8(ascii: ".") || after == UInt8(ascii: "?") || after == UInt8(ascii: "!") || after == UInt8(ascii: ";") || after == UInt8(ascii: ":") { return true }
        // "Even at 94 years, …" (not "at 95 years of follow-up" or "at 90 years later").
        if previous == "at", document.hasPrefix(" years", at: token.end) {
            var index = token.end + 6
            guard index >= bytes.count || !bytes[index].isLetterLike else { return false }
            while index < bytes.count, bytes[index].isSpace { index += 1 }
            return !["ago", "later", "earlier", "after", "before", "previously", "since", "of follow", "follow"].contains { document.hasPrefix($0, at: index) }
        }
        // A title or heading that ends "… at 101".
        if previous == "at", token.end == bytes.count || bytes[token.end].isLineBreak {
            let line = document.line(at: token.start)
            let text = document.source.lineBytes(line)
            if text.starts(with: "title:".utf8) || text.starts(with: "#".utf8) || text.starts(with: "summary:".utf8) { return true }
        }
        // "TAVI at 92 — deciding with her", "at 92 the risk of stroke is real" in a case whose front matter says `age: 90+`.
        if previous == "at", (90...110).contains(value), bandOver89,
           [UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: ".")].contains(after) {
            return true
        }
        // "who at 93 was shopping"
        if previous == "at", position >= 2, tokens[position - 2].isIn(.people) { return true }
        // "The great-grandmother, at 101 was born long before …", "at 94 is still driving"
        if previous == "at", position + 2 < tokens.count, ["was", "is"].contains(document.lowercased(tokens[position + 1].range)),
           ["born", "still", "the", "presumed", "living", "alive", "independent"].contains(document.lowercased(tokens[position + 2].range)) { return true }
        // "“97 this year and still …”", "she turns 92 this year"
        if document.hasPrefix(" this year", at: token.end),
           token.start >= 1 && [UInt8(ascii: "\""), 0x9C].contains(bytes[token.start - 1]) || ["turns", "turned", "turning", "be", "is", "was"].contains(previous) { return true }
        // "(92 aa)": anni, abbreviated, in brackets (not "a 95 aa deletion": amino acids).
        if document.hasPrefix(" aa)", at: token.end), token.start >= 1, bytes[token.start - 1] == UInt8(ascii: "(") { return true }
        // "età 92", "edad: 91", "Leeftijd 93", "wiek 90": the word for age before the number.
        if ["wiek", "età", "eta", "edad", "idade", "leeftijd", "âge", "alter"].contains(previous),
           document.onlySpaces(tokens[position - 1].end..<token.start, allowing: [UInt8(ascii: ":")]) { return true }
        // "La nonna ha 92", "tiene 93 años": has (Italian, Spanish, Portuguese), at the end of a sentence or before years.
        if ["ha", "tiene", "tem", "hat"].contains(previous), after == 0 || document.source.utf8[token.end].isLineBreak || after == UInt8(ascii: ".") || after == UInt8(ascii: ",")
            || ["anni", "años", "anos", "jahre"].contains(where: { document.hasPrefix(" " + $0, at: token.end) }) { return true }
        // "her mother, now 94 and living in sheltered housing", "His koro, the kaumātua …, is 91 and had rheumatic fever": a relative or a
        // person earlier in the sentence, then "now", "is" or "was" and the number ending its clause (no measure between: "her
        // mother's sats are now 94").
        if ["now", "is", "was"].contains(previous), (90...115).contains(value),
           after == UInt8(ascii: ",") || after == UInt8(ascii: ".") || after == UInt8(ascii: ";") || after == UInt8(ascii: ")") || document.hasPrefix(" and ", at: token.end) {
            var back = position - 2
            while back >= 0, position - back <= 16, !bytes[tokens[back].end..<tokens[back + 1].start].contains(where: { $0 == UInt8(ascii: ".") || $0.isLineBreak }) {
                if Self.measureWords.contains(tokens[back], in: document) || Self.temperatureWords.contains(tokens[back], in: document) { break }
                // (The relative is the subject: not "His son's score is 95", which the checks below read on their own.)
                if tokens[back].isIn(.kinship) && !bytes[tokens[back].range].elementsEqual("child".utf8) {
                    if document.hasPrefix("'s ", at: tokens[back].end) || document.hasPrefix("’s ", at: tokens[back].end) { break }
                    return true
                }
                back -= 1
            }
        }
        // "His paternal grandfather, who had \"fevers all his life\", is 92 and still farms", "Her mother, stable on warfarin, is 94.": a
        // relative, then an aside between commas, which may name a measure of its own, then "is" or "was" and the number ending its clause.
        if ["is", "was"].contains(previous), (90...115).contains(value), position >= 3,
           after == UInt8(ascii: ",") || after == UInt8(ascii: ".") || after == UInt8(ascii: ";") || after == UInt8(ascii: ")") || document.hasPrefix(" and ", at: token.end),
           bytes[tokens[position - 2].end..<tokens[position - 1].start].contains(UInt8(ascii: ",")) {
            var back = position - 2
            while back >= 1, position - back <= 14 {
                let gap = bytes[tokens[back - 1].end..<tokens[back].start]
                if gap.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || $0.isLineBreak }) { break }
                if gap.contains(UInt8(ascii: ",")) {
                    let relative = tokens[back - 1]
                    if relative.isIn(.kinship), !bytes[relative.range].elementsEqual("child".utf8) { return true }
                    break
                }
                back -= 1
            }
        }
        // "he's turning 93 next month", "turns 91 on Friday": a birthday to come.
        if ["turns", "turned", "turning"].contains(previous), (90...115).contains(value) { return true }
        // "Bert Fisher is 91,": a given name and a capitalised word after it, which a name's surname may be even when it is also a
        // word ("Fisher", "Baker"); not a measure ("Max Pulse was 120").
        if ["is", "was"].contains(previous), position >= 3, document.isCapitalised(tokens[position - 2]), document.isCapitalised(tokens[position - 3]),
           !document.isAllCaps(tokens[position - 2]), tokens[position - 3].end + 1 == tokens[position - 2].start,
           !Self.measureWords.contains(tokens[position - 2], in: document),
           Lexicon.firstNames.contains(tokens[position - 3], in: document) || Lexicon.firstNamesWithWords.contains(tokens[position - 3], in: document) {
            return true
        }
        // "Mrs Whitlock — Pearl to everyone at the front desk — is 94 and still drives": after an aside between dashes, and going
        // on about what the person still does.
        // (Two dashes, em or en: the aside's; before the first a person's name, not "Platelets — today — is 95 and still falling".)
        if ["is", "was"].contains(previous), position >= 2, document.hasPrefix(" and still", at: token.end) {
            let dashes = (max(0, tokens[position - 1].start - 80)..<tokens[position - 1].start).filter { document.isDash(at: $0) }
            if dashes.count >= 2, let subject = document.lastTokenIndex(endingBy: dashes[dashes.count - 2]).map({ tokens[$0] }), !subject.isNumber,
               document.isCapitalised(subject), !Self.measureWords.contains(subject, in: document),
               Lexicon.surnames.contains(subject, in: document) || Lexicon.firstNames.contains(subject, in: document)
                || Lexicon.firstNamesWithWords.contains(subject, in: document) || !Lexicon.englishWords.contains(subject, in: document) {
                return true
            }
        }
        // "her age as 90", "his age was 91", "age recorded as 92": the word for age just before.
        // (Not a cohort's: "the mean age was 91".)
        if ["as", "was", "is"].contains(previous), position >= 2, document.lowercased(tokens[position - 2].range) == "age"
            && !(position >= 3 && ["mean", "median", "average", "maximum", "minimum", "oldest", "youngest", "upper"].contains(document.lowercased(tokens[position - 3].range)))
            || previous == "as" && position >= 3 && ["recorded", "given", "listed", "entered", "stated"].contains(document.lowercased(tokens[position - 2].range))
                && document.lowercased(tokens[position - 3].range) == "age" {
            return true
        }
        // "she was about 90", "who is nearly 100": a person's age given roughly.
        if ["about", "around", "approximately", "nearly", "almost", "roughly"].contains(previous), position >= 3,
           ["is", "was"].contains(document.lowercased(tokens[position - 2].range)), tokens[position - 3].isIn(.people) || tokens[position - 3].isIn(.kinship) {
            return true
        }
        // "She is 99", "who was 94", "Mme J.C. is 102", "Mr Ellis was 93", "Dad is 97"
        if ["is", "was"].contains(previous), position >= 2,
           tokens[position - 2].isIn(.people) || tokens[position - 2].isIn(.kinship)
            || document.isCapitalised(tokens[position - 2]) && (!document.startsSentence(tokens[position - 2]) || tokens[position - 2].end - tokens[position - 2].start == 1
                // "Pachaiammal is 95 by her family's reckoning": a name that is no ordinary word, even at the start of a sentence.
                || tokens[position - 2].end - tokens[position - 2].start >= 4 && !Lexicon.englishWords.contains(tokens[position - 2], in: document)
                    && !tokens[position - 2].isIn(.stopwords))
                && (tokens[position - 2].end - tokens[position - 2].start == 1 || !Lexicon.englishWords.contains(tokens[position - 2], in: document)) {
            return true
        }
        // "Nomathemba Mqhayi (90, SASSA grant)", "mother-in-law, 92", "still alive at 94"
        if token.start >= 1, bytes[token.start - 1] == UInt8(ascii: "("), after == UInt8(ascii: ","), document.isCapitalised(tokens[position - 1]),
           !Lexicon.englishWords.contains(tokens[position - 1], in: document) { return true }
        if token.start >= 2, bytes[token.start - 2] == UInt8(ascii: ","), tokens[position - 1].isIn(.kinship) { return true }
        // "Grandmother 91, son 56, granddaughter 17": a relative and the age, in a list.
        if tokens[position - 1].isIn(.kinship), tokens[position - 1].end + 1 == token.start, bytes[token.start - 1] == UInt8(ascii: " "),
           after == UInt8(ascii: ",") || after == UInt8(ascii: ";") || after == UInt8(ascii: ")") || after == 0 || document.source.utf8[token.end].isLineBreak { return true }
        if previous == "at", position >= 2, ["alive", "died", "living", "still"].contains(document.lowercased(tokens[position - 2].range)) { return true }
        // "she's 102", "he's 94", "I'm 91", "I am 93"
        if previous == "s", position >= 2, ["she", "he"].contains(document.lowercased(tokens[position - 2].range)) { return true }
        if previous == "i'm" || previous == "i’m" { return true }
        if previous == "m" || previous == "am", position >= 2, document.bytes[tokens[position - 2].range].elementsEqual("I".utf8) { return true }
        // "Sudden monocular blindness at 96 — …"
        if previous == "at", value >= 96, bytes[token.end...].starts(with: " — ".utf8) { return true }
        // "herself 95", "himself 91"; "Maria Moreira, now 93, tested …"
        if previous == "herself" || previous == "himself" { return true }
        if previous == "now", token.start >= 6, bytes[token.start - 6] == UInt8(ascii: ","), after == UInt8(ascii: ",") { return true }
        // "someone of 96", "a woman of 93"
        if previous == "of", position >= 2, tokens[position - 2].isIn(.people) { return true }
        // "The patient (97)", "Mrs Ellis (94)"
        if token.start > 0, bytes[token.start - 1] == UInt8(ascii: "("), after == UInt8(ascii: ")"),
           tokens[position - 1].isIn(.people) || document.isCapitalised(tokens[position - 1])
            || tokens[position - 1].isIn(.kinship) { return true }
        return false
    }

    /// Whether the front matter gives an age band over 89 (`age: 90+`, `age: 90s`, `age: 95-99`).
    static func hasAgeBandOver89(_ document: ScanDocument) -> Bool {
        // The file as written: a front-matter key starts its line.
        let bytes = document.source.utf8
        for lineStart in document.source.lineStarts where lineStart + 6 < bytes.count && bytes[lineStart] == UInt8(ascii: "a") && bytes[lineStart..<(lineStart + 4)].elementsEqual("age:".utf8) {
            var index = lineStart + 4
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "9") || bytes[index] == UInt8(ascii: "1") && bytes[index + 1] == UInt8(ascii: "0"),
               bytes[index + 1].isDigit { return true }
        }
        return false
    }

    /// The end of "-year-old", " yo", " years of age" … after a number, or nil.
    static func ageSuffixEnd(after end: Int, in document: ScanDocument) -> Int? {
        // "ninety-two-year-old": skip a spelled unit.
        var index = end
        if index < document.bytes.count, document.bytes[index] == UInt8(ascii: "-") {
            for unit in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"] where document.hasPrefix("-" + unit, at: index) {
                index += 1 + unit.count
                break
            }
        }
        // (Each suffix's first byte is compared before the rest: most numbers are followed by none.)
        guard index < document.bytes.count else { return nil }
        let first = document.bytes[index].lowercased
        for suffix in suffixes where suffix.utf8.first?.lowercased == first && document.hasPrefix(suffix, at: index) {
            let after = index + suffix.utf8.count
            if after < document.bytes.count, document.bytes[after].isLetterLike { continue }
            return after
        }
        return nil
    }

    static func followedByUnit(_ end: Int, in document: ScanDocument) -> Bool {
        var index = end
        while index < document.bytes.count, document.bytes[index].isSpace { index += 1 }
        // "th" as in "90th centile", not "at 92 the risk".
        if document.hasPrefix("th", at: index), index + 2 < document.bytes.count, document.bytes[index + 2].isLetterLike { return false }
        // (Each unit's first byte is compared before the rest.)
        guard index < document.bytes.count else { return false }
        let first = document.bytes[index].lowercased
        return units.contains { $0.utf8.first?.lowercased == first && document.hasPrefix($0, at: index) }
    }

    /// Units after a number that make it a measurement, not an age: "92 mg", "95%", "90 bpm".
    static let units = ["day", "week", "month", "mg", "%", "mmhg", "kg", "ml", "min", "hour", "bpm", "th", "degree", "°", "percent", "per cent",
                        "second", "beat", "cm", "mm", "metre", "meter", "km", "mile", "point", "times", "ms", "msec", "mmol", "unit", "u/l", "ng", "pg",
                        "g/l", "l/min", "lpm", "breath", "/min", "µmol", "umol", "iu", "per ", "milligram", "microgram", "millilitre", "milliliter", "gram",
                        // "98 µg/dL", "92 mcg", "95 nmol/L", "91 g/dL", "93 kPa".
                        "µg", "ug/", "mcg", "nmol", "pmol", "g/dl", "mg/dl", "meq", "mosm", "kpa", "µl", "µm"]
}
