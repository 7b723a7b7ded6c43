import Foundation
import Testing
import CasebookModel
@testable import CasebookRules

/// The shared scanning work done once per document — word-list bits, labels, trimming — must give
/// exactly what each rule would find by asking on its own.
@Suite struct ScanningTests {
    /// Real text to check against: every rule example and the development evaluation cases.
    static let texts: [String] = {
        var texts = Registry.all.flatMap { $0.description.passing + $0.description.failing }
            .map { $0.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "") }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Evaluation/dev/cases").path
        for file in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().prefix(20) {
            if let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) { texts.append(text) }
        }
        return texts
    }()

    /// Markdown renders the lines of a paragraph as one: the rules see a space where a paragraph wraps, and
    /// a line break wherever a block starts or ends. Offsets stay those of the file.
    @Test func paragraphLinesAreJoinedAndBlocksAreNot() {
        let text = """
        ---
        title: A case
        summary: Two
          lines
        ---
        Home on FM 1488, Sandy Fork, TX
        77868. EDD soon; low of
        -5 °C.
        He drove from
        Paisley at 04:30; his daughter
          Loretta lives next door.\u{20}\u{20}
        Hard break above.

        - A list item that lives in
          Kirkcaldy, Fife.
        - Another item
        1. Ordered
        > Quote one
        > Quote two
        >
        > **Millbrook Surgery**
        > Tel 01706 960 338
        > Sex M
        > Residence: Ahero
        | a | b |
        | c | d |
        ```
        code line
        more code
        ```
        # Heading
        Text after a heading\r
        and a CRLF line.
        """
        let document = ScanDocument(source: SourceText(path: "case.md", text: text))
        #expect(document.bytes.count == document.source.utf8.count)
        let joined = String(decoding: document.bytes, as: UTF8.self)
        #expect(joined.contains("TX 77868. EDD soon; low of -5 °C. He drove from Paisley at 04:30; his daughter   Loretta lives next door."))
        #expect(joined.contains("A list item that lives in   Kirkcaldy, Fife.\n- Another item\n1. Ordered\n> Quote one   Quote two\n>\n> **Millbrook Surgery**\n> Tel 01706 960 338   Sex M\n> Residence: Ahero\n| a | b |\n| c | d |\n"))
        #expect(joined.contains("next door.  \nHard break above.\n\n- A"))
        #expect(joined.contains("```\ncode line\nmore code\n```\n# Heading\nText after a heading  and a CRLF line."))
        #expect(joined.hasPrefix("---\ntitle: A case\nsummary: Two\n  lines\n---\n"))
        // Every byte other than the joined breaks (and the quote markers of joined quote lines) is the file's own.
        for (index, byte) in document.bytes.enumerated() where byte != document.source.utf8[index] {
            #expect(byte == UInt8(ascii: " ") && [UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ">")].contains(document.source.utf8[index]))
        }
    }

    @Test func frontCodedListsDecodeToTheirWords() {
        let data = Data("# comment\n0abbey\n3ell\n0bishop's castle\n1ūnta\n".utf8)
        #expect(Lexicon.frontCoded(data).map { String(decoding: $0, as: UTF8.self) } == ["abbey", "abbell", "bishop's castle", "būnta"])
        // The shipped towns list, decoded: places with accents and apostrophes, and none of the words the script removes.
        for town in ["karratha", "alcorcón", "ñuñoa", "bishop's castle", "cernusco sul naviglio", "vaulx-en-velin"] { #expect(Lexicon.towns.contains(town), "\(town)") }
        for word in ["bend", "ontario", "leipzig", "ashdown"] { #expect(!Lexicon.towns.contains(word), "\(word)") }
    }

    /// The hand-written name lists keep to the rules the generated ones follow: lowercase words of three letters or more,
    /// none of them a common English word, an abbreviation, an eponym's word or a given name that is also a word.
    @Test func handWrittenNameListsHoldOnlyNames() {
        for file in ["first-names-more.txt", "surnames-more.txt"] {
            let names = String(decoding: Lexicon.contents(of: file), as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
            #expect(names.count > 150, "\(file)")
            for name in names {
                #expect(name == name.lowercased() && name.count >= 3, "\(file): \(name)")
                for (list, label) in [(Lexicon.englishWords, "an English word"), (Lexicon.abbreviations, "an abbreviation"), (Lexicon.eponyms, "an eponym"),
                                      (Lexicon.firstNamesWithWords, "a word-name")] {
                    #expect(!list.contains(name), "\(file): \(name) is \(label)")
                }
            }
        }
        for name in ["tunde", "priyanka", "huw", "siân", "jean-claude"] { #expect(Lexicon.firstNames.contains(name), "\(name)") }
        for name in ["qureshi", "al-qahtani", "wójcik", "shevchenko"] { #expect(Lexicon.surnames.contains(name), "\(name)") }
    }

    @Test func textsAreLoaded() {
        #expect(Self.texts.count > 100)
    }

    @Test func vocabularyBitsAgreeWithProbingEachList() {
        var checked = 0
        for text in Self.texts {
            let document = ScanDocument(text: text)
            for token in document.tokens where !token.isNumber {
                // (The tokeniser hashes a word as it reads it: the hash every list looks it up by.)
                #expect(token.hash == WordList.hash(document.bytes[token.range]), "\(document.text(token.range))")
                for vocabulary in Vocabulary.allCases {
                    let probed = vocabulary.list.contains(document.bytes[token.range])
                    #expect((token.vocabulary & vocabulary.list.bit != 0) == probed, "\(vocabulary) \(document.text(token.range))")
                    if probed { checked += 1 }
                }
            }
        }
        // Many tokens are in some list (titles, kinship words, street suffixes …).
        #expect(checked > 500)
    }

    @Test func noVocabularyListHoldsAWordOfDigitsOnly() {
        // `Token.isIn` answers false for every number token without looking: that holds only while no list has a word of digits.
        // (And there is a bit for every list.)
        #expect(Vocabulary.allCases.count <= 64)
        for vocabulary in Vocabulary.allCases {
            #expect(!vocabulary.list.words.contains { $0.allSatisfy { (0x30...0x39).contains($0) } }, "\(vocabulary)")
        }
        let document = ScanDocument(text: "Mr Ngata, patient, 12 Rowan Street, in March.")
        #expect(document.tokens.filter { $0.isIn(.titles) }.map { document.text($0.range) } == ["Mr"])
        #expect(document.tokens.filter { $0.isIn(.streetSuffixes) }.map { document.text($0.range) } == ["Street"])
        #expect(!document.tokens.contains { $0.isNumber && $0.vocabulary != 0 })
    }

    /// Whether text equals a lowercase label with case ignored as labels ignore it: ASCII letters, and a two-byte capital where the
    /// label has its lowercase letter ("Хаяг" for "хаяг").
    static func equalIgnoringCase(_ text: ArraySlice<UInt8>, _ label: [UInt8]) -> Bool {
        guard text.count == label.count else { return false }
        let text = Array(text)
        var index = 0
        while index < label.count {
            if (0xC3...0xDF).contains(label[index]), index + 1 < label.count {
                let lower = String(decoding: label[index...(index + 1)], as: UTF8.self)
                // (Only a capital of two bytes itself: not "SS" for "ß" or "I" for "ı".)
                let upper = Array(lower.uppercased().utf8)
                let forms = upper.count == 2 && upper[0] >= 0xC3 ? [Array(lower.utf8), upper] : [Array(lower.utf8)]
                guard forms.contains(Array(text[index...(index + 1)])) else { return false }
                index += 2
            } else {
                guard text[index].lowercased == label[index] else { return false }
                index += 1
            }
        }
        return true
    }

    @Test func labelsAgreeWithALongestMatchPerList() {
        var found = 0
        for text in Self.texts {
            let document = ScanDocument(text: text)
            for list in LabelList.allCases {
                let labels = list.labels.map { Array($0.lowercased().utf8) }.sorted { $0.count > $1.count }
                var expected: [Int] = []
                for token in document.tokens {
                    for label in labels {
                        let end = token.start + label.count
                        guard end <= document.bytes.count, Self.equalIgnoringCase(document.bytes[token.start..<end], label) else { continue }
                        if end < document.bytes.count, label.last!.isASCIILetter,
                           document.bytes[end].isASCIILetter || (0xC3...0xDF).contains(document.bytes[end]) { continue }
                        expected.append(end)
                        break
                    }
                }
                #expect(document.labels(list).map(\.end) == expected, "\(list)")
                found += expected.count
            }
        }
        #expect(found > 100)
    }

    @Test func tokenLookupsAgreeWithALinearSearch() {
        for text in Self.texts.prefix(40) {
            let document = ScanDocument(text: text)
            let tokens = document.tokens
            for offset in stride(from: 0, through: document.bytes.count + 1, by: 3) {
                #expect(document.firstTokenIndex(from: offset) == tokens.firstIndex(where: { $0.start >= offset }))
                #expect(document.tokenIndex(startingAt: offset) == tokens.firstIndex(where: { $0.start == offset }))
                #expect(document.lastTokenIndex(endingBy: offset) == tokens.lastIndex(where: { $0.end <= offset }))
            }
        }
    }

    @Test func wordsInCapitalsAreToldApartInEveryCasedScript() {
        let document = ScanDocument(text: "MRN Мельник АЗПСМ οδός ΦΕΚ ÉCOLE élan ß Hubbard 12")
        let expected = [true, false, true, false, true, true, false, false, false, true]
        #expect(document.tokens.map { document.isAllCaps($0) } == expected)
        // A token a rule builds has no shape: the same answer from its bytes.
        #expect(document.tokens.map { document.isAllCaps(Token(start: $0.start, end: $0.end, isNumber: $0.isNumber)) } == expected)
    }

    @Test func vietnameseLettersOfThreeBytesAreInsideWords() {
        // Latin Extended Additional (E1 B8 80 … E1 BB BF): "ầ", "ị", "ự" and their capitals, inside a word, not between words.
        let document = ScanDocument(text: "Cụ Trần THỊ Lựu, Ố x – y")
        #expect(document.tokens.map { document.text($0.range) } == ["Cụ", "Trần", "THỊ", "Lựu", "Ố", "x", "y"])
        let expected = [false, false, true, false, true, false, false]
        #expect(document.tokens.map { document.isAllCaps($0) } == expected)
        #expect(document.tokens.map { document.isAllCaps(Token(start: $0.start, end: $0.end, isNumber: $0.isNumber)) } == expected)
        #expect(document.tokens.map { document.isCapitalised($0) } == [true, true, true, true, true, false, false])
    }

    @Test func byteComparisonsInPlaceAgreeWithTheirPlainForms() {
        // `hasPrefix` (any ASCII case, on the string's UTF-8 in place) and a slice's `elementsEqual` with a string's UTF-8 (lengths,
        // then memcmp) at every offset, up to and past the end of the text, with accents, an empty string and a longer one.
        let document = ScanDocument(text: "Ward 7B, ward 16:40 — Née ÉCOLE; aged 93 years old.")
        let bytes = document.bytes
        let words = ["ward", "Ward", "WARD", "ward ", "", "née", "Née", "É", "93 years old", " years old", "old.", "old.x"]
        for offset in 0...bytes.count {
            for word in words {
                let text = Array(word.utf8)
                let fits = offset + text.count <= bytes.count
                let expected = fits && zip(bytes[offset...], text).allSatisfy { $0.lowercased == $1.lowercased }
                #expect(document.hasPrefix(word, at: offset) == expected, "\(word) at \(offset)")
                let slice = bytes[offset..<min(bytes.count, offset + text.count)]
                #expect(slice.elementsEqual(word.utf8) == (Array(slice) == text), "\(word) at \(offset)")
            }
        }
    }

    @Test func trustedAddressesReadAsBytesAgreeWithTheTextForm() {
        let addresses = ["https://doi.org/10.1056/nejmoa2034577", "www.nice.org.uk/guidance/ng0", "http://notdoi.org/x", "https://x.doi.org",
                         "https://disasterassistance.example.gov/status/612448207", "https://disasterassistance.example.gov/status/61244",
                         "www.gov.uk", "gov.uk/benefits/1234567", "https://www.cdc.gov:443/flu", "https://evil.example.com/?q=cdc.gov",
                         "https://sub.nhs.uk/a/b#c", "mailto:nobody", "https://host.example.int", "www.", "https://", "http:/doi.org",
                         "doi.org", "xdoi.org", "https://who.int/path//123456", "https://ema.europa.eu", "https://a.b.c.europa.eu/2024/123456"]
        for address in addresses {
            let bytes = Array(address.lowercased().utf8)
            #expect(bytes.withUnsafeBufferPointer { URLRule.isTrusted(ascii: $0) } == URLRule.isTrusted(address.lowercased()), "\(address)")
        }
        #expect(Array("https://例え.jp".utf8).withUnsafeBufferPointer { URLRule.isTrusted(ascii: $0) } == nil)
    }

    @Test func offsetsFindEveryOccurrenceWithoutOverlap() {
        let document = ScanDocument(text: "**Hine:** hi\n**Hine:** ok ** Hine:** aaaa")
        #expect(document.offsets(of: Array("**Hine:**".utf8)) == [0, 13])
        #expect(document.offsets(of: Array("aa".utf8)).count == 2)
        #expect(document.offsets(of: []).isEmpty)
        // A needle that starts with spaces is looked for at its first other byte: the same offsets as a scan of every position.
        let spaced = Array("GCS = 15;  = x = ; A  =  B =".utf8)
        for needle in [" = ", "  = ", " =", "  ", " "].map({ Array($0.utf8) }) {
            var expected: [Int] = [], index = 0
            while index + needle.count <= spaced.count {
                if spaced[index..<(index + needle.count)].elementsEqual(needle) { expected.append(index); index += needle.count } else { index += 1 }
            }
            #expect(ScanDocument.offsets(of: needle, in: spaced) == expected, "\(String(decoding: needle, as: UTF8.self))")
        }
    }

    @Test func indexedPunctuationAgreesWithASearchOfTheText() {
        // Every indexed byte, at the start, the end, doubled, inside multi-byte characters' neighbours, and a dash's lead byte.
        let document = ScanDocument(text: ".a:b-c(d|e/f*g\"h_i+j@k^l — m.. n::\n--|x|y| 1.2.3.4 (x) \"q\" é_ü^ ’ +44 a@b.c /\n^")
        for byte in ScanDocument.indexedBytes {
            #expect(document.offsets(of: [byte]) == document.bytes.indices.filter { document.bytes[$0] == byte }, "\(byte)")
            #expect(!document.offsets(of: [byte]).isEmpty, "the text has every indexed byte: \(byte)")
        }
        #expect(document.offsets(ofAny: [UInt8(ascii: "-"), UInt8(ascii: "_")])
                == document.bytes.indices.filter { document.bytes[$0] == UInt8(ascii: "-") || document.bytes[$0] == UInt8(ascii: "_") })
    }

    @Test(arguments: [("doi:10.1/x", "doi"), ("abc", "abcd"), ("", "a"), ("a", ""), ("", ""), ("aaab", "aab"), ("x://y", "://"), ("é-ü", "-ü"),
                      ("tel 555", " "), ("ab", "b"), ("ba", "b"), ("Del", "del")])
    func includesMatchesFoundationsContains(_ text: String, _ other: String) {
        #expect(text.includes(other) == text.contains(other), "\(text) \(other)")
    }

    @Test(arguments: ["", "  ", "\tword\t", " a b ", "\u{00A0}x\u{00A0}", "\u{2003}é\u{3000}", "\u{202F}\u{205F}y\u{1680}",
                      "ü ", " —", "\u{2009}\u{200A}z\u{2008}", "x\u{200B}", "\u{00A0}"])
    func trimmingWhitespaceMatchesFoundation(_ text: String) {
        let trimmed = Array(text.utf8)[...].trimmingWhitespace()
        #expect(String(decoding: trimmed, as: UTF8.self) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func trimmingWhitespaceAgreesWithFoundationOnEveryCharacter() {
        for value in 0..<0x11_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(Character(scalar))b\(Character(scalar))"
            #expect(String(decoding: Array(text.utf8)[...].trimmingWhitespace(), as: UTF8.self) == text.trimmingCharacters(in: .whitespaces),
                    "U+\(String(value, radix: 16))")
        }
    }
}
