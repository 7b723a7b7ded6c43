/// `privacy.vehicle`: vehicle identification numbers and licence plates.
struct VehicleRule: TextRule {
    let description = RuleDescription(
        id: "privacy.vehicle",
        summary: "Vehicle identifier or licence plate",
        rationale: "A plate or VIN leads to the owner through public and police records (HIPAA Safe Harbor §164.514(b)(2)(i)(L)).",
        defaultSeverity: .error,
        hint: "Describe the vehicle without its plate or VIN (\"a car\", \"a utility vehicle\").",
        passing: [
            "She climbed a flight of 12 stairs; flight nurses 2 and 3 attended. After a long-haul flight. HR 88, SpO2 98%. Stairs: 1 flight. O2: no.",
            "Obs    HR 32 reg, BP 104/52, SpO2 96% RA, GCS 14/15 on arrival.",
            "The car rolled; on arrival (GCS 14) and (ISS 25), lactate (2.4), T3 (4.2), the ambulance crew (CTAS 2), GCS 9 (E2V2M5) and (E1 V2 M3).",
            "The helicopter landed; E-FAST was negative; T-SPOT pending; B-CELL count low after refuelling.",
            "A high-speed collision; the car rolled twice.",
            "In the Danish ICD-10 it is coded under B33.0.",
            "Registration with the GP practice was confirmed.",
            "Plate count 1200; the growth plate was open.",
            "G-CSF was given after the flight home; the C-MAC laryngoscope; C-ANCA on the flight; an explanation of the PC-12 cabin.",
            "Doses 12가 (twelve); 3·4 ratio.",
            "The flight nurse wore an N95 mask; N100 filters on the aircraft; the helicopter landed with HLA-DR4 typing done.",
            "A Toyota, ICU 2, was used; a Ford, 2019 model; a Škoda, a Fiat, a Honda.",
            "A Mercedes GLE 350 and a Volvo XC90; a Honda CR-V 2019; the car's ABR (ABR 217 ms) and (HR 120.5) were normal.",
        ],
        failing: [
            "The ambulance, call sign ⟦Delta 4-1⟧, left the road.\n\n> **⟦Delta 4-1⟧:** Control, ⟦Delta 4-1⟧, vehicle on its side.\n\nHe flew home on flight ⟦QX 417⟧.",
            "Motoneige immatriculée ⟦VHR 4821⟧; ciągnik, nr rej. ⟦LBL 4K21⟧.",
            "They found her in a Toyota Prius (⟦NZR 7KT⟧), windows up. The driver had BRCA2 (BRCA2).",
            "The number plate of the car in which she had been brought (⟦4821 KMT⟧) was visible. The modified car was registered in October (⟦FRZ1C61⟧).",
            "Brought down in the family van (⟦HR 21 GHB⟧); found in sõiduauto ⟦482 BKT⟧; Jármű: ⟦AE DK-417⟧.",
            "The car (plate ⟦KX19 YPL⟧) left the scene.",
            "A small car (patente ⟦KJ·TR·48⟧) was hit; the lorry (tractor unit ⟦PSZ 7K418⟧) had stopped.",
            "VIN ⟦1FTFW7L376Z087775⟧ was recorded by police.",
            "Rego ⟦1NE 4KX⟧, a white utility.",
            "On his scooter (⟦KA 51 HK 2208⟧) to the clinic; the auto-rickshaw ⟦TN23AX4417⟧; MP 3 mg given.",
            "Silver sedan, Ontario ⟦CKRT 418⟧; the plate survived (Oregon ⟦417 KBZ⟧); in Texas ICU 2; Ontario 2019 data.",
            "The truck's vehicle identification number, ⟦1HGCM82633A004352⟧, matched.",
            "A car, ⟦LD19 XRT⟧, and a motorcycle ⟦191-D-48213⟧.",
            "His brother's truck ⟦BXRT 442⟧; Mississippi tag ⟦TBC 4417⟧; placa ⟦QZB7E41⟧ — but a truck driver, a tag on the cannula.",
"The bulk carrier (IMO ⟦9784122⟧, call sign ⟦3FQX7⟧) diverted.",
            "A matatu (⟦KDA 117R⟧) that stopped to help carried six.",
            "An auto-rickshaw (⟦DL 1R Y 2345⟧) stopped; by ambulance (⟦4471 RBA⟧) to the camp hospital. In the ambulance GCS 14/15, BP 72/40.",
                        "The aircraft ⟦VH-FXQ⟧ landed on the strip; the King Air (⟦ZK-MCB⟧) was late; helicopter ⟦G-BNZC⟧.",
            "taxi ⟦서울 31바 4827⟧ to home; own car ⟦12가 3456⟧.\n\n车牌 ⟦豫S·7F312⟧ 停在门口",
            "Vehículo involucrado: Peugeot 208, dominio ⟦AE 482 KT⟧; traslado en ambulancia ⟦YXA-482-B⟧; sein Fahrzeug (⟦M-JO 4711⟧).",
            "Retrieval:\n\nA helicopter (⟦5H-KMR⟧) landed at the camp; a Learjet (tail number ⟦N418AK⟧); ⟦P2-MKT⟧ on the ground refuelling; the King Air (⟦N12345⟧).",
            "Τροχαίο:\n\nΜοτοσυκλέτα ⟦ΙΚΧ 418⟧ and a car (⟦ΥΗΒ-4521⟧); a scooter (plate ⟦ΡΟΕ 742⟧). ΦΕΚ 123 says so.",
            "Transport:\n\nThe white Toyota Hilux, ⟦KCX 418M⟧, and the Highlander ⟦LSD 482 KJ⟧. LDH 512 UI; ECG 123 lead.",
            "Transport: the clinic bakkie ⟦N 48213 W⟧ collected her.",
            "The ward note records the car, a grey Škoda, ⟦KR 7T412⟧, because it was parked in the ambulance bay.",
            "His brother's tractor-trailer (⟦44 ABR 217⟧); his motorbike (⟦75-G1 234.56⟧); her husband waits in a blue Volvo ⟦GZ-914-K⟧.",
        ]
    )

    /// Labels after which a plate or a VIN is written: the words that say so, and the bare words below.
    static let labels = ["vin", "vehicle identification number", "licence plate", "license plate", "number plate", "numberplate",
                         "registration plate", "registration number", "vehicle registration", "registration", "rego", "reg", "plate", "tag number",
                         "frame number", "chassis number",
                         // French and Polish: "Motoneige immatriculée VHR 4821", "nr rej. LBL 4K21".
                         "immatriculée", "immatriculé", "immatriculation", "nr rej", "numer rejestracyjny",
                         // A ship's numbers: "IMO 9784122", "call sign 3FQX7", "MMSI 503123456".
                         "imo", "imo number", "imo no", "call sign", "callsign", "mmsi", "hull number",
                         // The flight the patient was on: "flight QX 417", "flight number LH 2231".
                         "flight", "flight number", "flight no"] + bareWordList

    /// A call sign spoken as a word and a number after its label: "Delta 4-1", "Rescue 116", "Medic 12B" (a capitalised word, a space,
    /// then one to four digits, a hyphen and digits allowed, a capital allowed at the end); nil otherwise.
    static func spokenCallSign(after end: Int, in document: ScanDocument) -> Range<Int>? {
        let bytes = document.bytes
        var start = end
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: ":") || bytes[start] == UInt8(ascii: "\"") { start += 1 }
        guard let word = document.token(startingAt: start), !word.isNumber, document.isCapitalised(word), !document.isAllCaps(word),
              word.end + 1 < bytes.count, bytes[word.end] == UInt8(ascii: " "), let number = document.token(startingAt: word.end + 1), number.isNumber,
              number.end - number.start <= 4 else { return nil }
        var close = number.end
        if close + 1 < bytes.count, bytes[close] == UInt8(ascii: "-"), bytes[close + 1].isDigit {
            close += 1
            while close < bytes.count, bytes[close].isDigit { close += 1 }
        }
        if close < bytes.count, bytes[close].isUpper, close + 1 == bytes.count || !bytes[close + 1].isAlphanumeric { close += 1 }
        guard close == bytes.count || !bytes[close].isAlphanumeric else { return nil }
        return start..<close
    }

    /// The codes of Indian states and territories that begin a registration plate.
    static let indianStates: Set<String> = ["AN", "AP", "AR", "AS", "BR", "CG", "CH", "DD", "DL", "GA", "GJ", "HP", "HR", "JH", "JK", "KA", "KL", "LA", "LD", "MH",
                                            "ML", "MN", "MP", "MZ", "NL", "OD", "OR", "PB", "PY", "RJ", "SK", "TN", "TR", "TS", "UK", "UP", "WB"]

    /// Words for a vehicle or its plate that are ordinary words too: the code after them must look like a plate.
    static let bareWordList = ["vehicle", "tag", "truck", "car", "van", "moto", "motorbike", "motorcycle", "lorry", "trailer", "bike",
                               "pick-up", "pickup", "ute", "taxi", "bus", "placa", "matrícula", "matricula", "kennzeichen", "immatriculation",
                               "targa", "kenteken", "plated", "registered", "fleet", "kfz", "pkw", "lkw",
                               // Minibuses and rickshaws: "A matatu (KDA 117R)".
                               "matatu", "minibus", "jeepney", "tuk-tuk", "rickshaw",
                               // "An auto-rickshaw (DL 1R Y 2345)", "by ambulance (Ba 1 Ja 2231)", "a boda-boda (UFA 318K)".
                               "auto-rickshaw", "auto rickshaw", "autorickshaw", "ambulance", "boda", "boda-boda", "bajaj", "okada", "keke",
                               // "Jalisco plates JKR-472-C", "jeep DVX 718", "boda-boda rider, KMFA 213B".
                               "plates", "jeep", "rider",
                               // "patente KJ·TR·48" (Chile, Argentina), "tractor unit PSZ 7K418".
                               "patente", "tractor unit", "vehículo", "vehiculo",
                               // Southern Africa's pick-up and Vietnam's plate: "clinic bakkie N 48213 W", "biển 29-B1 452.18".
                               "bakkie", "biển", "biển số",
                               // Australia's road trains and the farm's tractor: "prime mover 1TTR 902", "tractor (60 AK 318)".
                               "prime mover", "road train", "tractor",
                               // "dominio AE 482 KT" (Argentina), "placas OSK 482" (Mexico), "plaat PO 7K312", "Personenwagen GR 61 274",
                               // "Fahrzeug (M-JO 4711)", "ambulancia YXA-482-B", "unidad 8426 KSM".
                               "dominio", "placas", "plaat", "personenwagen", "fahrzeug", "ambulancia", "ambulância", "unidad", "viatura", "voiture",
                               // "sõiduauto 482 BKT" (Estonian), "Jármű: AE DK-417" (Hungarian), "μοτοσυκλέτα ΙΚΧ 418" (Greek), a scooter.
                               "sõiduauto", "jármű", "autó", "μοτοσυκλέτα", "scooter"]
    static let bareWords = Set(bareWordList)

    func matches(in document: ScanDocument) -> [Match] {
        var matches = EastAsianScript.plates(in: document).map { Match($0, "licence plate") }
        var callSigns: [ArraySlice<UInt8>] = []
        for (label, end) in document.labels(.vehicle) {
            // A call sign of a word and a number: "call sign Delta 4-1", "callsign Rescue 116" — and every other mention of it,
            // as a radio transcript repeats it.
            if label == "call sign" || label == "callsign", let sign = Self.spokenCallSign(after: end, in: document) {
                matches.append(Match(sign, "call sign"))
                callSigns.append(document.bytes[sign])
                continue
            }
            guard let range = LabelledValue.value(after: end, in: document, minimumDigits: 1) else { continue }
            // ("a flight of 3 steps": a flight's number has capitals, "QX 417".)
            // (Right after the word: not "a long-haul flight. HR 88", "Stairs: 1 flight. O2: no".)
            if label.hasPrefix("flight"), !document.bytes[range].contains(where: \.isUpper)
                || !document.onlySpaces(end..<range.lowerBound, allowing: [UInt8(ascii: ":"), UInt8(ascii: "#")])
                || IdentityNumberRule.isClinicalPrefix(String(document.text(range).prefix { $0.isLetter })) { continue }
            // A plate or VIN mixes capitals and digits: "KX19 YPL", "1NE 4KX".
            let text = document.text(range)
            let hasUpper = text.contains { $0.isUppercase }
            let lower = text.contains { $0.isLowercase }
            let bareWord = Self.bareWords.contains(label)
            if label == "plate" || label == "reg" || label == "registration" || bareWord, !hasUpper || lower { continue }
            // "Vehicle BX72QL", "truck BXRT 442", "tag TBC 4417": only a plate-shaped code after a bare word.
            if bareWord, !(5...9).contains(text.filter({ $0 != " " && $0 != "-" }).count) || text.filter(\.isNumber).count < 2 || text.filter(\.isLetter).count < 2 { continue }
            // ("the ambulance … BP 72/40", "GCS 14/15": a measurement after the word.)
            // ("the family van (HR 21 GHB)": letters after the number make a plate of a clinical prefix.)
            // ("HR 32 reg, BP 104/52": a regular rhythm, then a blood pressure; no plate holds a slash.)
            if bareWord || label == "reg", text.contains("/") || IdentityNumberRule.isClinicalPrefix(String(text.prefix { $0.isLetter }))
                && !(text.split(whereSeparator: { $0 == " " || $0 == "-" }).last?.allSatisfy(\.isLetter) ?? false) { continue }
            guard text.count <= 17 + 2 else { continue }
            matches.append(Match(range, "vehicle identifier"))
        }
        for sign in callSigns {
            for offset in ScanDocument.offsets(of: Array(sign), in: document.bytes)
            where !matches.contains(where: { $0.start == offset }) && (offset == 0 || !document.bytes[offset - 1].isAlphanumeric)
                && (offset + sign.count == document.bytes.count || !document.bytes[offset + sign.count].isAlphanumeric) {
                matches.append(Match(offset..<(offset + sign.count), "call sign"))
            }
        }
        // UK plates "KX19 YPL" and Irish plates "191-D-48213" by their shape.
        let tokens = document.tokens
        let bytes = document.bytes
        matches += greekPlates(in: document)
        // (A UK plate starts with two capitals, an Irish one with a number: only those tokens are walked.)
        for position in ScanDocument.merged(document.allCapsWords, document.numbers) where position + 1 < tokens.count {
            let token = tokens[position]
            let ukShape = token.end - token.start == 2 && bytes[token.start].isUpper && bytes[token.start + 1].isUpper
                && token.start + 8 <= bytes.count && bytes[token.start + 2].isDigit && bytes[token.start + 3].isDigit && bytes[token.start + 4] == UInt8(ascii: " ")
            let irishShape = token.isNumber && token.end < bytes.count && bytes[token.end] == UInt8(ascii: "-")
            guard ukShape || irishShape else { continue }
            let text = document.text(token.start..<PostalCodeRule.alphanumericEnd(from: token.start, in: document))
            let next = document.firstTokenIndex(from: token.start + 5).map { tokens[$0] } ?? tokens[position + 1]
            if Array(text).count == 4, text.prefix(2).allSatisfy(\.isUppercase), text.suffix(2).allSatisfy(\.isNumber),
               next.start == token.start + 5, document.bytes[token.start + 4] == UInt8(ascii: " "),
               next.end - next.start == 3, document.isAllCaps(next), !next.isNumber,
               token.start == 0 || !document.bytes[token.start - 1].isAlphanumeric, next.end == document.bytes.count || !document.bytes[next.end].isAlphanumeric {
                matches.append(Match(token.start..<next.end, "licence plate"))
            }
            let joined = tokens[position + 1]
            if token.isNumber, (2...3).contains(token.end - token.start), token.end < document.bytes.count, document.bytes[token.end] == UInt8(ascii: "-"),
               !joined.isNumber, joined.start == token.end + 1, (1...2).contains(joined.end - joined.start), document.isAllCaps(joined),
               joined.end < document.bytes.count, document.bytes[joined.end] == UInt8(ascii: "-"), position + 2 < tokens.count, tokens[position + 2].isNumber,
               tokens[position + 2].start == joined.end + 1 {
                matches.append(Match(token.start..<tokens[position + 2].end, "licence plate"))
            }
        }
        // Kenyan plates, "KCX 418M" (K, two capitals, three digits and a capital), and Nigerian ones, "LSD 482 KJ" (three capitals,
        // three digits, two capitals): by their shape.
        for position in document.allCapsWords where position + 1 < tokens.count {
            let token = tokens[position], digits = tokens[position + 1]
            guard token.end - token.start == 3, bytes[token.range].allSatisfy(\.isUpper), token.zone == .text,
                  token.start == 0 || !bytes[token.start - 1].isAlphanumeric && bytes[token.start - 1] != UInt8(ascii: "-"),
                  digits.isNumber, digits.end - digits.start == 3, digits.start == token.end + 1, bytes[token.end] == UInt8(ascii: " ") else { continue }
            func ends(_ offset: Int) -> Bool { offset == bytes.count || !bytes[offset].isAlphanumeric && bytes[offset] != UInt8(ascii: "-") }
            if bytes[token.start] == UInt8(ascii: "K"), digits.end < bytes.count, bytes[digits.end].isUpper, ends(digits.end + 1) {
                matches.append(Match(token.start..<(digits.end + 1), "licence plate"))
            } else if digits.end + 3 <= bytes.count, bytes[digits.end] == UInt8(ascii: " "), bytes[digits.end + 1].isUpper, bytes[digits.end + 2].isUpper,
                      ends(digits.end + 3),
                      // (Not a laboratory value and its unit: "LDH 512 UI".)
                      !IdentityNumberRule.isClinicalPrefix(document.text(token.range)), !token.isIn(.abbreviations),
                      !["iu", "ui"].contains(document.lowercased((digits.end + 1)..<(digits.end + 3))) {
                matches.append(Match(token.start..<(digits.end + 3), "licence plate"))
            }
        }
        // Indian plates: a state code, a district number, a series and four digits: "KA 51 HK 2208", "MH 42 AX 7319", "TN23AX4417".
        for (position, token) in document.capitalisedWords.lazy.map({ ($0, tokens[$0]) }) where token.end - token.start == 2 && bytes[token.start].isUpper && position + 3 < tokens.count {
            guard Self.indianStates.contains(document.text(token.range)), token.start == 0 || !bytes[token.start - 1].isAlphanumeric else { continue }
            let district = tokens[position + 1], series = tokens[position + 2], number = tokens[position + 3]
            func gap(_ a: Token, _ b: Token) -> Bool { b.start - a.end <= 1 && (b.start == a.end || bytes[a.end] == UInt8(ascii: " ") || bytes[a.end] == UInt8(ascii: "-")) }
            guard district.isNumber, (1...2).contains(district.end - district.start), gap(token, district), !series.isNumber, (1...3).contains(series.end - series.start),
                  document.isAllCaps(series), gap(district, series), number.isNumber, number.end - number.start == 4, gap(series, number),
                  number.end == bytes.count || !bytes[number.end].isAlphanumeric else { continue }
            matches.append(Match(token.start..<number.end, "licence plate"))
        }
        // A plate after its state or province: "Ontario CKRT 418", "Oregon 417 KBZ", "Texas MJK-4821" (only in a document that names one).
        for (position, token) in (document.mentions(.countries) ? document.capitalisedWords : []).lazy.map({ ($0, tokens[$0]) })
        where position + 2 < tokens.count && bytes[token.start].isUpper && token.end - token.start >= 4 {
            guard token.isIn(.countries), !document.isAllCaps(token) else { continue }
            let first = tokens[position + 1], second = tokens[position + 2]
            let letters = first.isNumber ? second : first
            guard first.start == token.end + 1, bytes[token.end] == UInt8(ascii: " "), second.start == first.end + 1,
                  bytes[first.end] == UInt8(ascii: " ") || bytes[first.end] == UInt8(ascii: "-"),
                  first.isNumber != second.isNumber, (2...4).contains(first.end - first.start), (2...4).contains(second.end - second.start),
                  document.isAllCaps(first), document.isAllCaps(second), second.end == bytes.count || !bytes[second.end].isAlphanumeric,
                  // ("the Danish ICD-10": a classification and its edition.)
                  !letters.isIn(.abbreviations), !IdentityNumberRule.isClinicalPrefix(document.text(letters.range)),
                  !Lexicon.abbreviations.contains(letters, in: document) else { continue }
            matches.append(Match(first.start..<second.end, "licence plate"))
        }
        // Unlabelled VINs: 17 letters and digits (a run of adjacent tokens) whose check digit is right.
        var position = 0
        while position < tokens.count {
            let start = tokens[position].start
            var last = position
            while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end, tokens[last + 1].end - start <= 17 { last += 1 }
            defer { position = last + 1 }
            let end = tokens[last].end
            guard end - start == 17, last > position, start == 0 || !bytes[start - 1].isAlphanumeric, end == bytes.count || !bytes[end].isAlphanumeric,
                  bytes[start..<end].allSatisfy({ $0.isDigit || $0.isUpper }) else { continue }
            if Checksums.vin(document.text(start..<end)) {
                matches.append(Match(start..<end, "vehicle identification number"))
            }
        }
        matches += aircraftRegistrations(in: document)
        matches += bracketedPlates(in: document)
        matches += platesAfterMakes(in: document)
        return matches
    }

    /// Makes of car, van and motorbike.
    static let carMakes: WordList = ["toyota", "honda", "ford", "chevrolet", "chevy", "subaru", "nissan", "hyundai", "kia", "mazda", "volkswagen", "vw",
                                     "bmw", "mercedes", "audi", "volvo", "tesla", "jeep", "dodge", "chrysler", "renault", "peugeot", "citroën", "citroen",
                                     "fiat", "skoda", "škoda", "suzuki", "mitsubishi", "lexus", "isuzu", "holden", "mahindra", "opel", "vauxhall", "dacia",
                                     "yamaha", "harley-davidson", "buick", "cadillac", "gmc", "pontiac", "acura", "infiniti", "porsche", "lada", "proton", "perodua"]

    /// A plate written right after a make, or after the make and its model, in groups joined by hyphens: "a blue Volvo GZ-914-K", "the
    /// Toyota Hilux BX-42-KL" — five to eight capitals and digits, two digits or more, a capital, in three or four groups with hyphens
    /// between them (a model's name has one at most: "Mercedes GLE 350", "Volvo XC90", "Ford F-350 XLT").
    private func platesAfterMakes(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var matches: [Match] = []
        // (Every make is a brand, `PersonNames.brands`: the token's bit first.)
        guard document.mentions(.brands) else { return [] }
        for position in document.capitalisedWords where position + 1 < tokens.count && tokens[position].isIn(.brands) {
            guard Self.carMakes.contains(tokens[position], in: document), tokens[position].zone == .text else { continue }
            var first = position + 1
            // (The model's name first: "Toyota Hilux".)
            if tokens[first].start == tokens[first - 1].end + 1, !tokens[first].isNumber, document.isCapitalised(tokens[first]), !document.isAllCaps(tokens[first]),
               first + 1 < tokens.count { first += 1 }
            guard tokens[first].start == tokens[first - 1].end + 1, bytes[tokens[first - 1].end] == UInt8(ascii: " ") else { continue }
            var last = first, hyphens = 0
            while last + 1 < tokens.count, last - first < 3, tokens[last + 1].start == tokens[last].end + 1,
                  bytes[tokens[last].end] == UInt8(ascii: "-") || bytes[tokens[last].end] == UInt8(ascii: " "),
                  tokens[last + 1].isNumber || document.isAllCaps(tokens[last + 1]) {
                if bytes[tokens[last].end] == UInt8(ascii: "-") { hyphens += 1 }
                last += 1
            }
            let code = bytes[tokens[first].start..<tokens[last].end].filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") }
            // (Two hyphens: a model's name has one at most, "Ford F-350 XLT", "Mazda CX-5 2019", "Volvo FH-16 540".)
            guard hyphens >= 2, (5...8).contains(code.count), code.allSatisfy({ $0.isUpper || $0.isDigit }), code.filter(\.isDigit).count >= 2,
                  code.contains(where: \.isUpper), tokens[last].end == bytes.count || !bytes[tokens[last].end].isAlphanumeric else { continue }
            matches.append(Match(tokens[first].start..<tokens[last].end, "licence plate"))
        }
        return matches
    }

    /// A plate in brackets in a sentence about a vehicle or right after a make, whatever the country's format: "the number plate of the
    /// car in which she had been brought (4821 KMT)", "a car registered in his name (GX-719-K)", "registered in October (FRZ1C61)", "a
    /// Toyota Prius (NZR 7KT)" — five to eight capitals
    /// and digits, at least two digits (one in two groups or more, "(NZR 7KT)") and a capital, in up to four groups; no clinical prefix
    /// ("(GCS 14)", "(ISS 25)").
    /// (Or between commas right after a make: "the car, a grey Škoda, KR 7T412, because it was parked".)
    private func bracketedPlates(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        // (For a plate between commas, `open` is the space after the comma, and a comma, a bracket or a semicolon closes it.)
        let commas = document.offsets(of: [UInt8(ascii: ",")]).filter { comma in
            comma + 7 < bytes.count && bytes[comma + 1] == UInt8(ascii: " ") && (bytes[comma + 2].isUpper || bytes[comma + 2].isDigit)
                && document.lastTokenIndex(endingBy: comma).map({ last in (max(0, last - 1)...last).contains { document.tokens[$0].isIn(.brands) } }) == true
        }
        let openings = document.offsets(of: [UInt8(ascii: "(")]).map { (open: $0, afterComma: false) } + commas.map { (open: $0 + 1, afterComma: true) }
        for (open, afterComma) in openings where open + 6 < bytes.count && (bytes[open + 1].isUpper || bytes[open + 1].isDigit) {
            guard let close = afterComma ? bytes[(open + 1)..<min(bytes.count, open + 15)].firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ";") })
                                         : bytes[(open + 1)..<min(bytes.count, open + 15)].firstIndex(of: UInt8(ascii: ")")) else { continue }
            let inside = bytes[(open + 1)..<close]
            // (A full stop joins a group only between digits, as Vietnam writes its plates: "(75-G1 234.56)", not "(ABC 1.5)".)
            let dotted = inside.indices.contains { index in
                inside[index] == UInt8(ascii: ".") && index > inside.startIndex && index + 1 < inside.endIndex && inside[index - 1].isDigit && inside[index + 1].isDigit
            }
            let groups = inside.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") })
            let characters = inside.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") && !(dotted && $0 == UInt8(ascii: ".")) }
            // (Turkey's plates: the province's number, one to three capitals and two to four digits, "(44 ABR 217)" — the capitals may
            // read as an abbreviation; a laboratory value has no number before its name.)
            let turkish = groups.count == 3 && groups[0].count == 2 && groups[0].allSatisfy(\.isDigit) && groups[1].allSatisfy(\.isUpper)
                && groups[2].allSatisfy(\.isDigit) && (2...4).contains(groups[2].count)
            guard (5...(dotted ? 9 : 8)).contains(characters.count), characters.allSatisfy({ $0.isUpper || $0.isDigit }), (1...4).contains(groups.count),
                  // (One digit is enough in two groups or more: "(NZR 7KT)".)
                  characters.filter(\.isDigit).count >= (groups.count >= 2 ? 1 : 2), characters.contains(where: \.isUpper),
                  turkish || !groups.contains(where: { group in group.allSatisfy(\.isUpper) && (IdentityNumberRule.isClinicalPrefix(String(decoding: group, as: UTF8.self))
                      || group.count >= 2 && Lexicon.abbreviations.contains(group)) }),
                  document.zone(at: open) == .text,
                  // ("(E2V2M5)", "(E1 V2 M3)": the Glasgow Coma Scale's parts.)
                  !(characters.count == 6 && characters[0] == UInt8(ascii: "E") && characters[2] == UInt8(ascii: "V") && characters[4] == UInt8(ascii: "M")),
                  document.sentenceMentions(Self.vehicleSentenceWords, around: open..<close, wholeWords: true)
                    // "a Toyota Prius (NZR 7KT)": a make just before.
                    || document.lastTokenIndex(endingBy: open).map({ last in (max(0, last - 2)...last).contains { document.tokens[$0].isIn(.brands) } }) == true else { continue }
            matches.append(Match((open + 1)..<close, "licence plate"))
        }
        return matches
    }

    /// Words of a sentence about a vehicle, for plates in Greek capitals: the bare words, "plate", and "Ι.Χ." (a private car).
    static let vehicleSentenceWords: [[UInt8]] = (bareWordList + ["plate", "registration", "ι.χ.", "αυτοκίνητο", "όχημα", "μηχανή"]).map { Array($0.utf8) }

    /// Greek plates: three Greek capitals, a space or a hyphen, and three or four digits ("ΡΟΕ 742", "ΥΗΒ-4521"), in a sentence about
    /// a vehicle (not "ΦΕΚ 123", a gazette's issue).
    private func greekPlates(in document: ScanDocument) -> [Match] {
        guard document.hasOtherScriptLetters else { return [] }
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        func isGreekCapital(at index: Int) -> Bool {
            index >= 0 && index + 1 < bytes.count && bytes[index] == 0xCE && (0x91...0xA9).contains(bytes[index + 1]) && bytes[index + 1] != 0xA2
        }
        for position in document.numbers where (3...4).contains(tokens[position].end - tokens[position].start) {
            let number = tokens[position]
            let letters = number.start - 7
            guard letters >= 0, bytes[number.start - 1] == UInt8(ascii: " ") || bytes[number.start - 1] == UInt8(ascii: "-"),
                  isGreekCapital(at: letters), isGreekCapital(at: letters + 2), isGreekCapital(at: letters + 4),
                  letters == 0 || !bytes[letters - 1].isLetterLike, number.end == bytes.count || !bytes[number.end].isAlphanumeric,
                  document.zone(at: letters) == .text,
                  document.sentenceMentions(Self.vehicleSentenceWords, around: letters..<number.end) else { continue }
            matches.append(Match(letters..<number.end, "licence plate"))
        }
        return matches
    }

    /// Words near an aircraft's registration: "Retrieval aircraft VH-FXQ", "the King Air (ZK-MCB)".
    static let aircraftWords: [[UInt8]] = ["aircraft", "plane", "helicopter", "chopper", "jet", "air ambulance", "king air", "pc-12", "pilatus",
                                           "rfds", "flight", "airframe", "callsign", "call sign", "helipad", "rotor-wing", "fixed-wing", "twin otter",
                                           "learjet", "tail number", "landed", "airstrip", "floatplane", "refuelling", "refueling"].map { Array($0.utf8) }

    /// Aircraft registrations by their shape — a one- or two-character national prefix, a hyphen, three or four
    /// capitals ("VH-FXQ", "ZK-MCB", "G-BNZC", "C-FKDW", "5H-KMR", "P2-MKT"), or a United States N-number ("N418AK", "N12345") —
    /// within a sentence that speaks of an aircraft. (Not "G-CSF" or "C-MAC" in other sentences, nor "N95".)
    private func aircraftRegistrations(in document: ScanDocument) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        func endsWord(_ index: Int) -> Bool { index == bytes.count || !bytes[index].isAlphanumeric }
        var found: [Range<Int>] = []
        // The national prefix, a hyphen, then the letters: two characters take three letters (VH-FXQ, 5H-KMR), one letter four (G-BNZC).
        for hyphen in document.offsets(of: [UInt8(ascii: "-")]) where hyphen >= 1 && hyphen + 4 <= bytes.count {
            var start = hyphen
            while start > 0, hyphen - start < 3, bytes[start - 1].isUpper || bytes[start - 1].isDigit { start -= 1 }
            var end = hyphen + 1
            while end < bytes.count, bytes[end].isUpper { end += 1 }
            let prefix = bytes[start..<hyphen]
            guard (1...2).contains(prefix.count), prefix.contains(where: \.isUpper), prefix.count == 2 || prefix.allSatisfy(\.isUpper),
                  start == 0 || !bytes[start - 1].isAlphanumeric && bytes[start - 1] != UInt8(ascii: "-"), endsWord(end) || bytes[end] == UInt8(ascii: ")"),
                  end - hyphen - 1 == (prefix.count == 1 ? 4 : 3), !bytes[(hyphen + 1)..<end].elementsEqual("ANCA".utf8),
                  // ("E-FAST", "T-SPOT", "B-CELL": a word or an abbreviation after the hyphen is a test's name.)
                  !Lexicon.englishWords.contains(bytes[(hyphen + 1)..<end]), !Lexicon.abbreviations.contains(bytes[(hyphen + 1)..<end]) else { continue }
            found.append(start..<end)
        }
        // "N418AK", "N512MH", "N12345": N, a digit other than 0, up to four more digits and up to two letters.
        for position in document.capitalisedWords where document.tokens[position].end - document.tokens[position].start == 1 {
            let letter = document.tokens[position]
            guard bytes[letter.start] == UInt8(ascii: "N"), letter.start == 0 || !bytes[letter.start - 1].isAlphanumeric && bytes[letter.start - 1] != UInt8(ascii: "-"),
                  letter.end < bytes.count, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[letter.end]) else { continue }
            var end = letter.end
            while end < bytes.count, bytes[end].isDigit { end += 1 }
            let digits = end - letter.end
            while end < bytes.count, bytes[end].isUpper, end - letter.end - digits < 2 { end += 1 }
            let letters = end - letter.end - digits
            guard endsWord(end), digits <= 5, end - letter.end <= 5, letters >= 1 && end - letter.end >= 3 || digits >= 4 else { continue }
            found.append(letter.start..<end)
        }
        for registration in found where document.zone(at: registration.lowerBound) == .text {
            guard document.sentenceMentions(Self.aircraftWords, around: registration) else { continue }
            matches.append(Match(registration, "aircraft registration"))
        }
        return matches
    }
}
