/// Names, facilities and addresses written in Chinese characters, kana or Hangul: "林先生", "정순자 님", "| 氏名 | 森 春 |",
/// "매산내과의원", "臺中市北屯區崇德路三段218號". The tokeniser reads only Latin, Greek and Cyrillic letters, so these are found
/// here, from the characters around them: an honorific after a name, a label before it, a facility's ending, the divisions of
/// an address. Only for files that hold such characters (`ScanDocument.hasWideCharacters`).
enum EastAsianScript {
    enum Kind: Equatable { case han, kana, hangul }

    /// The kind of the three-byte character at an offset, if it is a Chinese character (CJK unified ideographs and extension
    /// A, compatibility ideographs), a kana (hiragana, katakana, the prolonged sound mark and the middle dot) or a Hangul syllable.
    static func kind(at offset: Int, in bytes: [UInt8]) -> Kind? {
        guard offset >= 0, offset + 2 < bytes.count else { return nil }
        let first = bytes[offset], second = bytes[offset + 1], third = bytes[offset + 2]
        guard first >= 0xE3, first <= 0xEF, second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return nil }
        let scalar = (UInt32(first & 0x0F) << 12) | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F)
        switch scalar {
        case 0x3041...0x30FF: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return .han
        case 0xAC00...0xD7A3: return .hangul
        default: return nil
        }
    }

    /// Where the run of such characters that ends at an offset starts (the offset itself when none ends there).
    static func runStart(endingAt end: Int, in bytes: [UInt8]) -> Int {
        var start = end
        while start >= 3, kind(at: start - 3, in: bytes) != nil { start -= 3 }
        return start
    }

    /// Where the run of such characters that starts at an offset ends.
    static func runEnd(from start: Int, in bytes: [UInt8]) -> Int {
        var end = start
        while kind(at: end, in: bytes) != nil { end += 3 }
        return end
    }

    static func utf8(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// Characters of Chinese and Japanese sentences that a name or a facility's name does not hold — verbs of going and being,
    /// pronouns, particles: "我们现在打车去医院" is "we are taking a taxi to the hospital", not a hospital's name.
    /// (Not "和", "の" or "在": "仁和医院", "ひらの在宅クリニック".)
    static let sentenceCharacters: Set<[UInt8]> = Set(utf8(["去", "到", "从", "從", "往", "回", "是", "的", "了", "我", "们", "們", "他", "她", "或", "说",
                                                           "說", "叫", "给", "給", "让", "讓"]))

    /// Where a run that ends at an offset starts once the words of a sentence before a name are left out: after the last
    /// character in `sentenceCharacters`.
    static func nameStart(inRunFrom start: Int, to end: Int, in bytes: [UInt8]) -> Int {
        var index = end
        while index - 3 >= start, !sentenceCharacters.contains(Array(bytes[(index - 3)..<index])) { index -= 3 }
        return index
    }

    // MARK: Names

    /// Honorifics and titles written after a name: Japanese さん, 様, 先生; Chinese 先生, 医生, 護理師, 老師; Korean 님, 씨.
    static let honorifics = utf8(["さん", "様", "さま", "先生", "医師", "医生", "醫生", "醫師", "護理師", "护士", "護士", "老師", "老师", "女士", "小姐", "님", "씨"])
    /// Words before an honorific that name a role or a relative, not a person: "お母さん", "患者さん", "선생님", "主治医師".
    static let notNames: Set<[UInt8]> = Set(utf8([
        "お母", "お父", "母", "父", "お", "おばあ", "おじい", "皆", "みな", "みんな", "患者", "看護師", "お客", "奥", "娘", "息子", "お医者", "先", "お子",
        "主治", "担当", "研修", "家庭", "乡村", "鄉村", "责任", "責任", "签约", "簽約", "值班", "主管", "专科", "專科", "全科", "实习", "實習", "住院",
        "门诊", "門診", "接诊", "接診", "上级", "上級", "外科", "内科", "男", "女", "各位", "大家", "这位", "這位", "那位", "该", "該", "我", "你", "他", "她", "您",
        "선생", "환자", "보호자", "어머", "아버", "고객", "원장", "간호사", "약사", "의사", "교수", "회원", "여러분", "부모", "아가", "아저", "할머", "할아버", "형", "누",
        // What a label's value says instead of a name: "男性" (male), "女性", "無" (none), a kind of donor ("脳死ドナー", "生体ドナー"),
        // "동반" (accompanying), "없음" (none), "미상" (unknown).
        "男性", "女性", "無", "无", "不明", "なし", "脳死ドナー", "生体ドナー", "ドナー", "동반", "없음", "미상",
        // Relatives as they sign a chat: "엄마: …", "ママ: …", "妈妈: …".
        "엄마", "아빠", "언니", "오빠", "누나", "할머니", "할아버지", "딸", "아들", "남편", "아내", "여보", "妻", "夫", "ママ", "パパ", "妈妈", "媽媽", "爸爸",
        "老婆", "老公", "儿子", "兒子", "女儿", "女兒", "奶奶", "爷爷", "爺爺",
    ]))

    /// Names before an honorific: the run of characters just before it (across one space: "中村 医師", "정순자 님") — Chinese and
    /// Japanese names of one to four characters (the last three of a longer run), Korean names of two to four syllables.
    static func namesBeforeHonorifics(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for honorific in honorifics {
            for offset in document.offsets(of: honorific) {
                var end = offset
                if end >= 1, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                let start = nameStart(inRunFrom: runStart(endingAt: end, in: bytes), to: end, in: bytes)
                guard end > start, let last = kind(at: end - 3, in: bytes) else { continue }
                var characters = (end - start) / 3
                var nameStart = start
                switch last {
                case .hangul:
                    // (Korean writes a space between words: the run is the name, or it is not one.)
                    guard (2...4).contains(characters), stride(from: start, to: end, by: 3).allSatisfy({ kind(at: $0, in: bytes) == .hangul }) else { continue }
                case .han, .kana:
                    if characters > 4 { nameStart = end - 9; characters = 3 }
                    // (Kana alone before さん are mostly words: "みなさん", "おばあさん".)
                    if last == .kana, characters < 2 { continue }
                }
                // A role or a relative, alone or at the end of a longer run ("お母さんと患者さん").
                let name = Array(bytes[nameStart..<end]), run = bytes[start..<end]
                guard !notNames.contains(name), !name.starts(with: "お".utf8) || characters > 2,
                      !notNames.contains(where: { $0.count >= 6 && run.count > $0.count && run.ends(with: $0) }),
                      document.zone(at: nameStart) == .text else { continue }
                found.append(nameStart..<end)
            }
        }
        return found
    }

    /// Labels of a name in forms and tables: 氏名, 姓名, 患者, 환자, 성명, 이름; and English ones when a name in these scripts
    /// follows ("Patient: 王林秀琴").
    static let nameLabels = utf8(["氏名", "姓名", "患者", "利用者", "報告者", "报告人", "责任医生", "責任醫生", "処方医", "主治医", "联系人", "聯絡人",
                                  "申请人", "申請人", "被保険者", "家属", "家屬", "환자", "성명", "이름", "보호자", "담당의", "Patient", "patient", "Name", "name",
                                  // Taiwan's "病患" (patient), a transplant's "レシピエント" (recipient) and "ドナー" (donor).
                                  "病患", "レシピエント", "ドナー",
                                  "Client", "client", "Claimant", "claimant"])
    /// Words for a man, a woman, a boy or a girl that end a description in a name's place: "高齢女性" (an elderly woman), "60代男性".
    static let describesAPerson = utf8(["女性", "男性", "女児", "男児", "女子", "男子", "老人"])

    /// Roles written before a name in a cell: "| 報告者 | 薬剤師 比嘉 真理子 |".
    static let rolesBeforeNames = utf8(["薬剤師", "医師", "看護師", "药师", "藥師", "护士", "護理師", "長女", "長男", "次女", "次男", "妻", "夫", "약사", "간호사",
                                        // Korean kin before a guardian's name: "보호자: 배우자 한미경" (spouse), son, daughter, wife, husband.
                                        "배우자", "장남", "장녀", "아들", "딸", "아내", "남편"])

    /// Names after a label: "| 氏名 (フリガナ) | 森 春（モリ ハル） |", "환자       : 정순자 (JUNG SOON-JA)", "患者 (account holder):  周建平" —
    /// the label, a gloss in brackets, a colon or a table bar, then a run of characters (one space inside it at most).
    static func namesAfterLabels(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for label in nameLabels {
            for offset in document.offsets(of: label) {
                // The label starts a cell or a line as written, perhaps after a bullet ("- 환자 (index case): 강민준") or a quote's mark
                // ("> 患者氏名：").
                var before = offset
                while before > 0, bytes[before - 1] == UInt8(ascii: " ") { before -= 1 }
                guard before >= 1 && bytes[before - 1] == UInt8(ascii: "|")
                        || document.startsWrittenLine(at: offset, skipping: [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: ">")]) else { continue }
                var index = offset + label.count
                // (Longer labels that start with this one: "患者氏名", "利用者氏名".)
                index = runEnd(from: index, in: bytes)
                func skipSpaces() { while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 } }
                skipSpaces()
                // A gloss: "(client)", "（フリガナ）".
                if index < bytes.count, bytes[index] == UInt8(ascii: "(") || document.has("（", at: index) {
                    let close = bytes[index...].prefix(60).firstIndex { $0 == UInt8(ascii: ")") || $0.isLineBreak }
                    let wideClose = (index..<min(bytes.count, index + 60)).first { document.has("）", at: $0) }
                    guard let end = [close.flatMap { bytes[$0] == UInt8(ascii: ")") ? $0 + 1 : nil }, wideClose.map { $0 + 3 }].compactMap({ $0 }).min() else { continue }
                    index = end
                    skipSpaces()
                }
                // The separator.
                let cellBar = index < bytes.count && bytes[index] == UInt8(ascii: "|")
                if index < bytes.count, bytes[index] == UInt8(ascii: ":") || cellBar { index += 1 }
                else if document.has("：", at: index) { index += 3 }
                else { continue }
                skipSpaces()
                // (A table's header row may name two columns, "| 성명 | 주민등록번호 |": the cell after the label is another column's
                // name, not a value. "| 성명 | 김민준 |" over a delimiter row is a label and its value.)
                if cellBar, LocationRule.isHeaderRow(endingAfter: offset, in: document) {
                    let cellEnd = bytes[index...].firstIndex { $0 == UInt8(ascii: "|") || $0.isLineBreak } ?? bytes.count
                    if TableColumns.namesAColumn(bytes[index..<cellEnd].trimmingWhitespace()) { continue }
                }
                for role in rolesBeforeNames where bytes[index...].starts(with: role) && index + role.count < bytes.count && bytes[index + role.count] == UInt8(ascii: " ") {
                    index += role.count + 1
                    break
                }
                // The name: a run, then perhaps a space and a second run (surname, then given name), not a role word.
                guard kind(at: index, in: bytes) != nil else { continue }
                var end = runEnd(from: index, in: bytes)
                if end + 3 < bytes.count, bytes[end] == UInt8(ascii: " "), kind(at: end + 1, in: bytes) != nil {
                    let second = runEnd(from: end + 1, in: bytes)
                    if !honorifics.contains(Array(bytes[(end + 1)..<second])), !rolesBeforeNames.contains(Array(bytes[(end + 1)..<second])), (second - end - 1) / 3 <= 4 {
                        end = second
                    }
                }
                let characters = (end - index) / 3
                // ("患者：高齢女性": an elderly woman, a description that ends in a word for a man, a woman or a child.)
                let run = bytes[index..<end]
                guard (1...8).contains(characters), !notNames.contains(Array(run)), !describesAPerson.contains(where: { run.count > $0.count && run.ends(with: $0) }),
                      document.zone(at: index) == .text else { continue }
                found.append(index..<end)
            }
        }
        return found
    }

    /// Romanised East Asian names, surname first: "LIN Chih-hao", "Kang Min-jun", "JUNG SOON-JA" (a common surname, then a given
    /// name of two syllables joined by a hyphen), and "ZHOU Jianping", "LI Defu" (a surname in capitals, then a given name that is
    /// no English word).
    static func romanisedNames(in document: ScanDocument) -> [Range<Int>] {
        let bytes = document.bytes, tokens = document.tokens
        var found: [Range<Int>] = []
        // (The capitalised words' indices, not every token: `capitalisedWords` holds just the words `isCapitalised` is true of.)
        for position in document.capitalisedWords where position + 1 < tokens.count {
            let surname = tokens[position], given = tokens[position + 1]
            guard (2...6).contains(surname.end - surname.start), surname.zone == .text, !given.isNumber, given.start == surname.end + 1,
                  bytes[surname.end] == UInt8(ascii: " "), document.isCapitalised(given), surnames.contains(surname, in: document) else { continue }
            let givenBytes = bytes[given.range]
            let parts = givenBytes.split(separator: UInt8(ascii: "-"))
            let syllables = parts.count == 2 && parts.allSatisfy { (2...5).contains($0.count) && $0.allSatisfy(\.isASCIILetter) }
                && (parts[1].allSatisfy(\.isLower) || parts.allSatisfy { $0.allSatisfy(\.isUpper) })
            let afterCapitals = document.isAllCaps(surname) && !document.isAllCaps(given) && !givenBytes.contains(UInt8(ascii: "-")) && given.end - given.start >= 3
                && givenBytes.allSatisfy(\.isASCIILetter) && !Lexicon.englishWords.contains(given, in: document) && !Lexicon.eponyms.contains(given, in: document)
                && !given.isIn(.stopwords) && !given.isIn(.titles) && !given.isIn(.countries) && !given.isIn(.monthWords) && !given.isIn(.weekdays)
            guard syllables || afterCapitals else { continue }
            found.append(surname.start..<given.end)
        }
        return found
    }

    /// Japanese honorifics joined to a romanised name: "Tanabe-san", "Mori-sensei".
    static let joinedHonorifics = ["-san", "-sama", "-sensei", "-chan", "-kun"].map { Array($0.utf8) }

    /// Names with a Japanese honorific joined by a hyphen: "the refrigerator of Tanabe-san" (the name without it).
    static func namesWithJoinedHonorifics(in document: ScanDocument) -> [Range<Int>] {
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for position in document.capitalisedWords where document.tokens[position].zone == .text && document.tokens[position].shape.contains(.joined) {
            // (A hyphen inside the word: a joined word, the only kind a hyphen can be in.)
            let token = document.tokens[position]
            guard bytes[token.range].contains(UInt8(ascii: "-")) else { continue }
            let word = bytes[token.range]
            guard let honorific = joinedHonorifics.first(where: { word.count > $0.count + 2 && word.map(\.lowercased).ends(with: $0) }) else { continue }
            let name = token.start..<(token.end - honorific.count)
            guard !bytes[name].contains(UInt8(ascii: "-")), !Lexicon.englishWords.contains(bytes[name]), !Lexicon.eponyms.contains(bytes[name]) else { continue }
            found.append(name)
        }
        return found
    }

    /// The speaker of a timestamped chat line written in these scripts: "[2023/03/20 23:58] 志豪: …", "2/15 08:32 ちゅら薬局 比嘉: …" —
    /// the last run before the colon, a name of one to four characters (two to six in kana), no role and no facility.
    static func chatSpeakers(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for lineStart in document.source.lineStarts where lineStart < bytes.count && bytes[lineStart] != UInt8(ascii: "|") {
            guard let speakerStart = document.speakerStartAfterAnyStamp(onLineAt: lineStart), let colon = (speakerStart..<min(bytes.count, speakerStart + 40)).first(where: {
                bytes[$0] == UInt8(ascii: ":") || document.has("：", at: $0) || bytes[$0].isLineBreak }), !bytes[colon].isLineBreak else { continue }
            let runStart = runStart(endingAt: colon, in: bytes)
            guard runStart < colon, runStart == speakerStart || bytes[runStart - 1] == UInt8(ascii: " ") || bytes[runStart - 1] == UInt8(ascii: "-"),
                  let last = kind(at: colon - 3, in: bytes) else { continue }
            let characters = (colon - runStart) / 3
            guard last == .kana ? (2...6).contains(characters) : (1...4).contains(characters),
                  !notNames.contains(Array(bytes[runStart..<colon])),
                  !facilityEndings.contains(where: { bytes[runStart..<colon].ends(with: $0) }),
                  !honorifics.contains(where: { bytes[runStart..<colon].ends(with: $0) }),
                  document.zone(at: runStart) == .text else { continue }
            found.append(runStart..<colon)
        }
        return found
    }

    /// A name written again in another script right after (or before) a name found: "LIN Chih-hao (林志豪)", "NG Lai-ping
    /// 吳麗萍", "Tetiana Hnatiuk (Тетяна Гнатюк)", "王建宏 (Wang Chien-hung)".
    static func otherScriptForms(of names: [Range<Int>], in document: ScanDocument) -> [Range<Int>] {
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for name in names {
            // After it: a space or a bracket, then a run of these characters or of Cyrillic capitalised words.
            var index = name.upperBound
            if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            var bracketed = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "(") { index += 1; bracketed = true }
            else if document.has("（", at: index) { index += 3; bracketed = true }
            if kind(at: index, in: bytes) != nil, index > name.upperBound {
                var end = runEnd(from: index, in: bytes)
                if bracketed, end + 3 < bytes.count, bytes[end] == UInt8(ascii: " "), kind(at: end + 1, in: bytes) != nil { end = runEnd(from: end + 1, in: bytes) }
                // (Without a bracket, only Chinese characters, two to four, and not a title or a role: "良枝 さんへ…", "中村 医師".)
                let run = Array(bytes[index..<end])
                if bracketed ? (1...8).contains(run.count / 3)
                    : (2...4).contains(run.count / 3) && stride(from: index, to: end, by: 3).allSatisfy({ kind(at: $0, in: bytes) == .han })
                        && !honorifics.contains(where: { run.starts(with: $0) }) && !rolesBeforeNames.contains(where: { run.starts(with: $0) }) && !notNames.contains(run) {
                    found.append(index..<end)
                }
            } else if bracketed, let first = document.token(startingAt: index), !first.isNumber, bytes[index] == 0xD0 || bytes[index] == 0xD1, document.isCapitalised(first) {
                // Cyrillic: one to three capitalised words, then the closing bracket.
                var end = first.end, words = 1
                while words < 3, let next = document.token(startingAt: end + 1), bytes[end] == UInt8(ascii: " "), document.isCapitalised(next), !next.isNumber {
                    end = next.end; words += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: ")") { found.append(index..<end) }
            } else if bracketed, index < bytes.count, (0xD7...0xDB).contains(bytes[index]) {
                // Hebrew or Arabic: one to five words of the script (an apostrophe inside: "ג'בארין"), then the bracket's end or a
                // semicolon: "Yassin Abdel-Rahman (ياسين عبد الرحمن)", "Rasha Jabareen (رشا جبارين; in Hebrew documents …)".
                var end = index, words = 1
                while end < bytes.count, bytes[end] >= 0x80 || bytes[end] == UInt8(ascii: "'") || bytes[end] == UInt8(ascii: " ") && words < 5 && end + 1 < bytes.count && (0xD7...0xDB).contains(bytes[end + 1]) {
                    if bytes[end] == UInt8(ascii: " ") { words += 1 }
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: ")") || bytes[end] == UInt8(ascii: ";"), end > index + 2 { found.append(index..<end) }
            } else if bracketed, bytes[name].contains(where: \.isASCIILetter), let end = Self.otherScriptWordsEnd(from: index, in: bytes),
                      end < bytes.count, bytes[end] == UInt8(ascii: ")") || bytes[end] == UInt8(ascii: ";") {
                // The Indian scripts, Thai and others of three bytes that are no Chinese characters: "Rahima Begum (রহিমা বেগম)",
                // "Amrit Kaur Sandhu (ਅੰਮ੍ਰਿਤ ਕੌਰ ਸੰਧੂ)".
                found.append(index..<end)
            }
            // Before it, in such a script: "Shri रामप्रसाद यादव (Ramprasad Yadav)", "| ಮಂಜುನಾಥ ಗೌಡ / Manjunath Gowda |",
            // "| محمود عبد الفتاح السيد — Mahmoud Abdel-Fattah El-Sayed |".
            // (Only beside a name in Latin letters: after "นก แก้วประเสริฐ", "(บุตรสาว)" says who she is.)
            for separator in [" (", " / ", " — "] where bytes[name].contains(where: \.isASCIILetter) {
                let gap = separator.utf8.count
                guard name.lowerBound >= gap + 2, bytes[(name.lowerBound - gap)..<name.lowerBound].elementsEqual(separator.utf8) else { continue }
                let end = name.lowerBound - gap
                guard bytes[end - 1] >= 0x80, let start = Self.otherScriptWordsStart(endingAt: end, in: bytes) else { continue }
                found.append(start..<end)
            }
            // Before it: "王建宏 (Wang Chien-hung)".
            if name.lowerBound >= 5, bytes[name.lowerBound - 1] == UInt8(ascii: "("), bytes[name.lowerBound - 2] == UInt8(ascii: " ") {
                let end = name.lowerBound - 2
                let start = runStart(endingAt: end, in: bytes)
                let run = Array(bytes[start..<end])
                if (2...4).contains(run.count / 3), !notNames.contains(run), !honorifics.contains(where: { run.ends(with: $0) }) {
                    found.append(start..<end)
                }
            }
        }
        return found
    }

    /// Whether a lead byte starts a letter of a script without capitals that a name may be written in beside its Latin form:
    /// Hebrew, Arabic (D7–DB) and the three-byte scripts from Devanagari to Thai and Ethiopic (E0, E1), but no Chinese or Japanese.
    @inline(__always) static func isOtherScriptLead(_ byte: UInt8) -> Bool {
        (0xD7...0xDB).contains(byte) || byte == 0xE0 || byte == 0xE1
    }

    /// The end of one to five words of such a script from an offset (the characters of each word, combining marks included, are
    /// any bytes from 0x80), or nil when an ASCII letter or digit comes first.
    static func otherScriptWordsEnd(from start: Int, in bytes: [UInt8]) -> Int? {
        guard start < bytes.count, isOtherScriptLead(bytes[start]) else { return nil }
        var end = start, words = 1
        while end < bytes.count {
            if bytes[end] >= 0x80 { end += 1; continue }
            if bytes[end] == UInt8(ascii: " "), words < 5, end + 1 < bytes.count, isOtherScriptLead(bytes[end + 1]) { words += 1; end += 1; continue }
            break
        }
        return end - start >= 4 ? end : nil
    }

    /// The start of one to five words of such a script ending at an offset, when the line, a cell, a label's colon or a title's
    /// space comes before them.
    static func otherScriptWordsStart(endingAt end: Int, in bytes: [UInt8]) -> Int? {
        var start = end, words = 1
        while start > 0 {
            if bytes[start - 1] >= 0x80 { start -= 1; continue }
            if bytes[start - 1] == UInt8(ascii: " "), words < 5, start >= 2, bytes[start - 2] >= 0x80 { words += 1; start -= 1; continue }
            break
        }
        guard end - start >= 4, isOtherScriptLead(bytes[start]) else { return nil }
        // What comes before: the start of a line, a table's bar, a colon, or a space after a word ("Shri रामप्रसाद यादव").
        return start == 0 || bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "|") || bytes[start - 1] == UInt8(ascii: ":")
            || bytes[start - 1].isLineBreak ? start : nil
    }

    /// Common Chinese (Mandarin and Cantonese spellings), Korean and Vietnamese surnames.
    static let surnames: WordList = [
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "lin", "gao", "luo",
        "zheng", "liang", "xie", "song", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "du",
        "ye", "cheng", "wei", "su", "ding", "ren", "shen", "yao", "jin", "tan", "fu", "fan", "zhong", "qiu", "shi", "xiong", "meng", "qin", "bai",
        "kong", "cui", "mao", "chan", "cheung", "chow", "chu", "chung", "fung", "hui", "kwok", "kwan", "lai", "lam", "lau", "lee", "leung", "lo",
        "lui", "mak", "mok", "ng", "poon", "siu", "tam", "tong", "tse", "tsang", "wong", "yeung", "yip", "yiu", "tsai", "hsu", "chang", "kuo",
        "hsieh", "tseng", "chiang", "yeh", "hsiao", "chiu", "kim", "park", "choi", "jung", "jeong", "kang", "cho", "jo", "yoon", "yun", "jang",
        "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "yoo", "ryu", "hong", "jeon", "ko", "moon", "son", "bae", "baek", "heo", "nam",
        "noh", "roh", "kwak", "sung", "cha", "joo", "woo", "min", "koo", "chae", "won", "byun", "nguyen", "tran", "pham", "hoang", "huynh", "phan",
        "vu", "vo", "dang", "bui", "ngo", "duong", "ly",
    ]

    // MARK: Dates, numbers, plates, relatives

    /// Chinese numerals and the names of lunar months and days: "七月初十", "腊月初九", "正月十五".
    /// (Longest first, so that "十二月" is read as 12, not 2.)
    static let monthNumbers = utf8(["十一", "十二", "正", "腊", "臘", "冬", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])
    /// The characters of a lunar day after its prefix: "初十", "二十三".
    static let lunarDayCharacters: Set<[UInt8]> = Set(utf8(["初", "十", "廿", "二", "三", "一", "四", "五", "六", "七", "八", "九"]))
    static let lunarDayPrefixes = utf8(["初", "十", "廿", "二十", "三十"])
    /// Weekdays in brackets after a month and day: "(金)", "(금)".
    static let weekdays = utf8(["月", "火", "水", "木", "金", "土", "日", "월", "화", "수", "목", "금", "토", "일", "一", "二", "三", "四", "五", "六"])

    /// Dates in these scripts that the date rule's numbers miss: lunar dates ("丁亥年七月初十", "農曆九月初九", "腊月初九") — a month in
    /// Chinese numerals before a day — and a month and day with the weekday in brackets or a time of day after them ("11/3 (금)",
    /// "4/13 오전 9:02").
    static func dates(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        // Lunar: "…月" then a day word.
        for month in document.offsets(of: Array("月".utf8)) {
            var start = month
            for number in monthNumbers where month >= number.count && bytes[(month - number.count)..<month].elementsEqual(number) {
                start = month - number.count
                break
            }
            guard start < month, lunarDayPrefixes.contains(where: { bytes[(month + 3)...].starts(with: $0) }) else { continue }
            var end = month + 3
            while kind(at: end, in: bytes) == .han, (end - month) / 3 <= 3, lunarDayCharacters.contains(Array(bytes[end..<(end + 3)])) { end += 3 }
            // The sexagenary year before it: "丁亥年".
            if start >= 9, bytes[(start - 3)..<start].elementsEqual("年".utf8), kind(at: start - 6, in: bytes) == .han, kind(at: start - 9, in: bytes) == .han { start -= 9 }
            if document.zone(at: start) == .text { found.append(start..<end) }
        }
        // "11/3 (금)", "4/13 오전 9:02".
        for token in document.tokens where token.isNumber && token.end - token.start <= 2 && token.zone == .text {
            let monthEnd = token.end
            guard monthEnd + 2 < bytes.count, bytes[monthEnd] == UInt8(ascii: "/"), token.start == 0 || !bytes[token.start - 1].isDigit && bytes[token.start - 1] != UInt8(ascii: "/"),
                  let day = document.token(startingAt: monthEnd + 1), day.isNumber, day.end - day.start <= 2 else { continue }
            guard day.end >= bytes.count || bytes[day.end] != UInt8(ascii: "/") else { continue }
            var after = day.end
            while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
            let weekday = after < bytes.count && (bytes[after] == UInt8(ascii: "(") && weekdays.contains { bytes[(after + 1)...].starts(with: $0) && bytes[(after + 1 + $0.count)...].starts(with: ")".utf8) }
                || document.has("（", at: after) && weekdays.contains { bytes[(after + 3)...].starts(with: $0) })
            let timeOfDay = document.has("오전", at: after) || document.has("오후", at: after) || document.has("午前", at: after) || document.has("午後", at: after)
            guard weekday || timeOfDay else { continue }
            found.append(token.start..<day.end)
        }
        return found
    }

    /// Where the value after a label in these scripts starts: past the rest of the label's run ("证号" in "证号码"), then spaces,
    /// colons (a full-width one too) and table bars.
    static func valueStart(afterLabelEndingAt end: Int, in document: ScanDocument) -> Int {
        let bytes = document.bytes
        var index = runEnd(from: end, in: bytes)
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "|") { index += 1 }
        if document.has("：", at: index) { index += 3 }
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    /// Labels of record and identity numbers: "被保険者番号", "档案编号", "身份证号", "주민등록번호", "사례번호", "記号・番号".
    static let numberLabelEndings = utf8(["番号", "番號", "编号", "編號", "证号", "證號", "号码", "號碼", "번호", "身份证", "身分證"])

    /// Numbers after those labels: a run of digits, letters and joiners ("-", "・") holding six digits or more, after a colon, a
    /// table bar or spaces.
    static func labelledNumbers(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for label in numberLabelEndings {
            for offset in document.offsets(of: label) {
                var index = valueStart(afterLabelEndingAt: offset + label.count, in: document)
                let start = index
                var digits = 0
                while index < bytes.count {
                    if bytes[index].isDigit { digits += 1; index += 1 }
                    else if bytes[index].isUpper || bytes[index] == UInt8(ascii: "-") && index + 1 < bytes.count && bytes[index + 1].isAlphanumeric { index += 1 }
                    else if document.has("・", at: index) { index += 3 }
                    else if kind(at: index, in: bytes) == .hangul, index > start, bytes[index - 1] == UInt8(ascii: "-") { index = runEnd(from: index, in: bytes) }
                    else { break }
                }
                while index > start, bytes[index - 1] == UInt8(ascii: "-") { index -= 1 }
                guard digits >= 6, document.zone(at: start) == .text else { continue }
                found.append(start..<index)
            }
        }
        return found
    }

    /// Korean and Chinese licence plates: "서울 31바 4827", "12가 3456" (two or three digits, a syllable, four digits), "豫S·7F312"
    /// (a province's character, a letter, a middle dot and five letters or digits).
    static func plates(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for token in document.tokens where token.isNumber && (2...3).contains(token.end - token.start) && token.zone == .text {
            guard token.start == 0 || !bytes[token.start - 1].isAlphanumeric, kind(at: token.end, in: bytes) == .hangul, kind(at: token.end + 3, in: bytes) == nil,
                  token.end + 8 <= bytes.count, bytes[token.end + 3] == UInt8(ascii: " "),
                  let number = document.token(startingAt: token.end + 4), number.isNumber, number.end - number.start == 4,
                  number.end >= bytes.count || !bytes[number.end].isAlphanumeric else { continue }
            var start = token.start
            // A region before it: "서울 ", "대전 ".
            if start >= 7, bytes[start - 1] == UInt8(ascii: " "), kind(at: start - 4, in: bytes) == .hangul {
                let region = runStart(endingAt: start - 1, in: bytes)
                if (start - 1 - region) / 3 == 2 { start = region }
            }
            found.append(start..<number.end)
        }
        for dot in document.offsets(of: Array("·".utf8)) where dot >= 4 {
            guard bytes[dot - 1].isUpper, kind(at: dot - 4, in: bytes) == .han, dot + 7 <= bytes.count,
                  bytes[(dot + 2)..<(dot + 7)].allSatisfy({ $0.isUpper || $0.isDigit }), dot + 7 == bytes.count || !bytes[dot + 7].isAlphanumeric else { continue }
            found.append((dot - 4)..<(dot + 7))
        }
        return found
    }

    /// Kinship words in these scripts before a relative's name: "我太太 美玲", "우리 딸 수연이가".
    static let kinship = utf8(["太太", "老婆", "丈夫", "老公", "妻子", "儿子", "兒子", "女儿", "女兒", "儿媳", "兒媳", "孙子", "孫子", "母亲", "母親", "父亲", "父親",
                               "長女", "長男", "次女", "次男", "叔母", "伯母", "叔父", "伯父", "딸", "아들", "남편", "아내", "손자", "손녀", "언니", "오빠", "누나"])
    /// Korean particles after a name: "수연이가", "민준아".
    static let particles = utf8(["이가", "이는", "이를", "이도", "가", "는", "를", "도", "아", "야", "이"])

    /// Relatives' names in these scripts: after a kinship word in these scripts ("我太太 美玲", "叔母のウト", "딸 수연이가") or in English
    /// ("the account holder's son 周晨", "children: 서아 (8 months)").
    static func relatives(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        func name(at start: Int) -> Range<Int>? {
            guard let first = kind(at: start, in: bytes) else { return nil }
            var end = runEnd(from: start, in: bytes)
            if first == .hangul {
                // Without a particle at its end.
                if let particle = particles.first(where: { end - start > $0.count + 3 && bytes[start..<end].ends(with: $0) }) { end -= particle.count }
            } else if first == .kana {
                // "ウトも…": the katakana only.
                var kanaEnd = start
                while kanaEnd < end, kind(at: kanaEnd, in: bytes) == .kana, bytes[kanaEnd + 1] >= 0x82 { kanaEnd += 3 }
                end = kanaEnd
            }
            let characters = (end - start) / 3
            guard (first == .kana ? (2...5) : (1...3)).contains(characters), !notNames.contains(Array(bytes[start..<end])),
                  !honorifics.contains(where: { bytes[start..<end].starts(with: $0) }) else { return nil }
            return start..<end
        }
        for word in kinship {
            for offset in document.offsets(of: word) {
                var start = offset + word.count
                if start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
                else if document.has("の", at: start) { start += 3 }
                else { continue }
                if let range = name(at: start), document.zone(at: range.lowerBound) == .text { found.append(range) }
            }
        }
        // After an English kinship word: "son 周晨"; after "children:" the names listed.
        for token in document.tokens where token.isIn(.kinship) && token.zone == .text && token.end + 4 < bytes.count && bytes[token.end] == UInt8(ascii: " ") {
            if let range = name(at: token.end + 1), (range.count / 3) >= 2 { found.append(range) }
        }
        return found
    }

    /// Mobile numbers of mainland China, eleven digits in groups of three, four and four: "138 0376 0521", "139-1555-0726".
    static func chineseMobiles(in document: ScanDocument) -> [Range<Int>] {
        let tokens = document.tokens, bytes = document.bytes
        var found: [Range<Int>] = []
        for position in tokens.indices where tokens[position].isNumber && tokens[position].end - tokens[position].start == 3 && position + 2 < tokens.count {
            let first = tokens[position], second = tokens[position + 1], third = tokens[position + 2]
            guard bytes[first.start] == UInt8(ascii: "1"), (0x33...0x39).contains(bytes[first.start + 1]), first.zone == .text,
                  first.start == 0 || !bytes[first.start - 1].isAlphanumeric && bytes[first.start - 1] != UInt8(ascii: "-"),
                  second.isNumber, third.isNumber, second.end - second.start == 4, third.end - third.start == 4,
                  second.start == first.end + 1, third.start == second.end + 1,
                  bytes[first.end] == UInt8(ascii: " ") || bytes[first.end] == UInt8(ascii: "-"), bytes[second.end] == bytes[first.end],
                  third.end >= bytes.count || !bytes[third.end].isAlphanumeric && !(bytes[third.end] == bytes[first.end] && third.end + 1 < bytes.count && bytes[third.end + 1].isDigit)
            else { continue }
            found.append(first.start..<third.end)
        }
        return found
    }

    /// Labels of a postcode: 邮编, 郵遞區號, 郵便番号, 우편번호.
    static let postcodeLabels = utf8(["邮编", "郵編", "郵遞區號", "邮政编码", "郵便番号", "우편번호"])

    /// Postcodes in these scripts' documents: five to seven digits after a postcode label ("| 邮编 | 465150 |"), or after an address
    /// found in these scripts and a comma ("臺中市北屯區崇德路三段218號, 406040").
    static func postcodes(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        func digits(from start: Int) -> Range<Int>? {
            var end = start
            while end < bytes.count, bytes[end].isDigit { end += 1 }
            guard (5...7).contains(end - start), end >= bytes.count || !bytes[end].isAlphanumeric && bytes[end] != UInt8(ascii: "-") else { return nil }
            return start..<end
        }
        for label in postcodeLabels {
            for offset in document.offsets(of: label) {
                if let range = digits(from: valueStart(afterLabelEndingAt: offset + label.count, in: document)),
                   document.zone(at: range.lowerBound) == .text { found.append(range) }
            }
        }
        for address in document.eastAsianAddresses where address.upperBound + 2 < bytes.count && bytes[address.upperBound] == UInt8(ascii: ",") {
            var index = address.upperBound + 1
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            if let range = digits(from: index) { found.append(range) }
        }
        return found
    }

    // MARK: Places

    /// Endings of the names of clinics, hospitals and pharmacies: 診所, 医院, 病院, クリニック, 薬局, 卫生室; 약국, 의원, 병원, 보건소.
    static let facilityEndings = utf8(["診所", "诊所", "醫院", "医院", "病院", "クリニック", "薬局", "藥局", "药房", "藥房", "药店", "卫生室", "卫生院",
                                       "衛生院", "衛生所", "卫生所", "保健所", "保健中心", "약국", "의원", "병원", "보건소", "이비인후과", "센터", "センター"])
    /// Words before a facility's ending that make a kind of facility, not one facility: "互联网医院", "대학병원", "総合病院".
    static let genericFacilities: Set<[UInt8]> = Set(utf8(["互联网", "互聯網", "人民", "中医", "中醫", "综合", "綜合", "专科", "專科", "公立", "私立", "这家",
                                                          "這家", "那家", "大学", "大學", "総合", "地域", "近く", "かかりつけ", "대학", "종합", "요양", "동네", "개인", "큰",
                                                          "在宅", "訪問", "家庭", "社区", "社區", "乡镇", "鄉鎮", "村", "大"]))

    /// Named facilities: a run of at least two characters that ends in a facility's ending and ends the run ("매산내과의원 (internal
    /// medicine clinic)", "康寧診所-蔡護理師"); in a sentence without spaces ("他去医院看病") the ending is no name's end.
    static func facilities(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        for ending in facilityEndings {
            for offset in document.offsets(of: ending) {
                let end = offset + ending.count
                guard kind(at: end, in: bytes) == nil else { continue }
                let start = nameStart(inRunFrom: runStart(endingAt: offset, in: bytes), to: offset, in: bytes)
                guard (offset - start) / 3 >= 2, !genericFacilities.contains(Array(bytes[start..<offset])), document.zone(at: start) == .text else { continue }
                found.append(start..<end)
            }
        }
        return found
    }

    /// The divisions of a Chinese or Japanese address: province, city, county, district, town, village, road, section, lane,
    /// number, floor; 丁目 and 番地.
    static let addressDivisions: Set<[UInt8]> = Set(utf8(["省", "市", "県", "縣", "县", "区", "區", "町", "村", "镇", "鎮", "郡", "都", "府", "道", "路", "街",
                                                        "段", "巷", "弄", "号", "號", "樓", "楼", "丁", "番", "组", "組"]))
    /// The divisions that only an address has (not "道", "都", "号" alone).
    static let strongDivisions: Set<[UInt8]> = Set(utf8(["省", "市", "県", "縣", "县", "区", "區", "町", "村", "镇", "鎮", "郡", "巷", "號", "丁"]))

    /// Korean provinces, and words that end in 시 ("city") or 구 and 동 ("district", "neighbourhood") without being places:
    /// "다시" (again), "운동" (exercise), "연구" (research).
    static let koreanProvinces: Set<[UInt8]> = Set(utf8(["경기도", "강원도", "충청북도", "충청남도", "전라북도", "전라남도", "경상북도", "경상남도", "제주도",
                                                        "강원특별자치도", "제주특별자치도", "전북특별자치도"]))
    static let notKoreanPlaces: Set<[UInt8]> = Set(utf8(["다시", "역시", "혹시", "당시", "즉시", "동시", "항시", "수시", "잠시", "표시", "지시", "제시", "무시",
                                                        "감시", "실시", "개시", "게시", "도시", "운동", "활동", "행동", "연구", "요구", "도구", "친구", "입구",
                                                        "출구", "가구", "지구", "장면", "측면", "이면", "표면", "방면", "정면", "전면", "자동", "이동", "변동",
                                                        "작동", "충동", "협동", "감동", "노동", "출동", "기동", "부동", "언동", "탐구", "추구", "강구", "창구",
                                                        "기구", "인구", "용구", "전구", "식구", "상면", "하면", "수면", "내면", "외면"]))

    /// Korean addresses of a city or province and a district, two words: "고양시 일산동구", "서울특별시 마포구", "경기도 수원시" —
    /// the first ending in 시 or 군 (or a province), the second in 구, 군, 시, 동, 읍 or 면, neither an ordinary word that ends so.
    static func koreanAddresses(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        let cityEndings = utf8(["시", "군"]), districtEndings = utf8(["구", "군", "시", "동", "읍", "면"])
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] >= 0xEA, kind(at: index, in: bytes) == .hangul, index < 3 || kind(at: index - 3, in: bytes) == nil else { index += 1; continue }
            let firstEnd = runEnd(from: index, in: bytes)
            defer { index = max(firstEnd, index + 1) }
            let first = Array(bytes[index..<firstEnd])
            guard (2...7).contains(first.count / 3), !notKoreanPlaces.contains(first),
                  koreanProvinces.contains(first) || cityEndings.contains(where: { first.ends(with: $0) }),
                  firstEnd + 3 < bytes.count, bytes[firstEnd] == UInt8(ascii: " "), kind(at: firstEnd + 1, in: bytes) == .hangul else { continue }
            let secondEnd = runEnd(from: firstEnd + 1, in: bytes)
            let second = Array(bytes[(firstEnd + 1)..<secondEnd])
            guard (2...5).contains(second.count / 3), !notKoreanPlaces.contains(second),
                  districtEndings.contains(where: { second.ends(with: $0) }), document.zone(at: index) == .text else { continue }
            found.append(index..<secondEnd)
        }
        return found
    }

    /// Addresses in Chinese characters: "臺中市北屯區崇德路三段218號", "東京都杉並区今川5丁目18-7", "苏州市常熟市" — a run of
    /// characters and digits of five or more, with two divisions or more that are not side by side and not at its start, one of
    /// them one only an address has.
    static func addresses(in document: ScanDocument) -> [Range<Int>] {
        guard document.hasWideCharacters else { return [] }
        let bytes = document.bytes
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] >= 0xE3, kind(at: index, in: bytes) == .han, index < 3 || kind(at: index - 3, in: bytes) == nil else { index += 1; continue }
            let start = index
            var end = index
            var characters = 0, divisions = 0, strong = false
            var previousWasDivision = true  // (none at the start)
            while end < bytes.count {
                if let kind = kind(at: end, in: bytes), kind != .hangul {
                    let character = Array(bytes[end..<(end + 3)])
                    let isDivision = addressDivisions.contains(character)
                    if isDivision, !previousWasDivision, characters > 0 {
                        divisions += 1
                        strong = strong || strongDivisions.contains(character)
                    }
                    previousWasDivision = isDivision
                    characters += 1
                    end += 3
                } else if bytes[end].isDigit || bytes[end] == UInt8(ascii: "-") && end + 1 < bytes.count && bytes[end + 1].isDigit {
                    previousWasDivision = false
                    characters += 1
                    end += 1
                } else {
                    break
                }
            }
            index = max(end, index + 1)
            // (Digits and hyphens at the end belong to it; a trailing hyphen does not.)
            guard characters >= 5, divisions >= 2, strong, document.zone(at: start) == .text else { continue }
            found.append(start..<end)
        }
        return found
    }
}
