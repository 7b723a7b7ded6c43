import CasebookModel
import Testing
@testable import CasebookRules

/// The check stage around the rules: what is scanned, suppressions, casebook.yml settings, masking.
@Suite struct CheckerTests {
    func check(_ text: String, settings: RuleSettings = RuleSettings()) -> CheckResult {
        Checker.check([SourceText(path: "content/cases/case.md", text: text)], rules: Registry.all, settings: settings)
    }

    @Test func creditsAndPublicationDatesAreNotScannedButEverythingElseIs() throws {
        let result = check("""
        ---
        title: Chest pain
        summary: s
        tags: [a]
        authors: [Dr Amelia Hart, Dr B. Sample]
        published: 2026-03-01
        notes: "Call (415) 555-0142"
        # reviewer: mrs-doyle
        images:
          - file: cxr.png
            caption: "Taken on 12/03/2021"
        ---
        Body.
        """)
        #expect(result.findings.map(\.ruleID).sorted() == ["privacy.date", "privacy.name", "privacy.phone"])
        #expect(result.findings.map(\.range.start.line).sorted() == [7, 8, 11])
    }

    @Test func aTownAsATagIsAPlaceButATermNamedAfterOneIsNot() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [cholera, contact-tracing, kisumu, lyme-disease, ottawa-rules, glasgow-coma-scale, quebec, kawasaki, igra]
        keywords:
          - travel
          - saint-jerome
        ---
        Body text.
        """)
        let places = result.findings.filter { $0.ruleID == "privacy.location" }
        #expect(places.map { "\($0.range.start)-\($0.range.end)" } == ["4:34-4:40", "7:5-7:17"])
    }

    @Test func citedAuthorsInReferencesAreNotNamesButOtherIdentifiersAre() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [a]
        references:
          - "Okafor D, Raman P. A study. J Example. 2019;12:34-56."
        ---
        Body text.

        ## References

        1. Mensah K, Okonkwo A. Another study. Lancet. 2020;395:1-9. Contact k.mensah@example.com.

        [^1]: Ouma O et al. 2018.
        """)
        #expect(result.findings.map(\.ruleID) == ["privacy.email"])
        #expect(result.findings.first?.message.contains("(in a reference list)") == true)
    }

    @Test func footnotesThatCiteAWorkAreReferencesButNotesAboutTheCaseAreText() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [a]
        ---
        The device was replaced.[^icd] See the trial.[^2]

        [^icd]: Implanted at Aarhus Hjertecenter on 14 June 2019; letters go to Jens Kjaergaard, Saltgade 3.
        [^2]: Ouma O, Mensah K. A trial of devices. Lancet. 2020;395:1-9.
        """)
        // The note about the case: its date, its addressee, its street.
        #expect(!result.findings.isEmpty && result.findings.allSatisfy { $0.range.start.line == 8 })
        #expect(Set(result.findings.map(\.ruleID)).isSuperset(of: ["privacy.date", "privacy.location"]))
    }

    @Test func anAgeInBracketsAtTheEndOfAFileIsReadWithoutACrash() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [a]
        ---
        Mrs Winifred Ellis, 94, and Mr Herbert Gosling (90
        """)
        #expect(result.findings.filter { $0.ruleID == "privacy.age" }.map(\.range.start.column) == [21])
    }

    @Test func creditedAuthorsOnCreditLinesAreNotNamesButOnTheCareTeamTheyAre() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [a]
        authors: ["Dr Rhodri Vaughan, MRCP", "Bronagh Quinlan"]
        ---
        The registrar, Dr Rhodri Vaughan, admitted her.

        Correspondence to Dr Rhodri Vaughan.

        **Disclosures:** BQ has received speaker fees.

        ## Acknowledgements

        We thank Bronagh Quinlan and Dr Ama Owusu for the images.

        ## Open disclosure

        Dr Vaughan met the family.
        """)
        // The care team in the story (line 7) and after "Open disclosure" (line 19), and a colleague who is not an author (line 15).
        #expect(result.findings.filter { $0.ruleID.rawValue == "privacy.name" }.map(\.range.start.line) == [7, 15, 19])
        #expect(!result.findings.contains { $0.ruleID.rawValue == "privacy.initials" })
    }

    @Test func aBylineCreditsTheAuthorsButTheirWorkInTheStoryIsReported() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [a]
        authors: [Dr A. Placeholder, Dr Morag Yeats, Dr Kwame Boateng]
        ---
        The retrieval log was written by Dr Kwame Boateng at 23:10.

        *Case prepared by Dr A. Placeholder, Dr Morag Yeats and Dr Kwame Boateng for the teaching collection.*

        Written by Dr Kwame Boateng with the family's permission.
        """)
        // Line 7 is the story; lines 9 and 11 are bylines.
        #expect(result.findings.filter { $0.ruleID.rawValue == "privacy.name" }.map(\.range.start.line) == [7])
    }

    @Test func aBylineSentenceMidLineCreditsTheAuthors() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [a]
        authors: [Dr M. Yeats, Ms Ama Owusu]
        ---
        None of these names is the patient. The case was written by Dr M. Yeats and Ms Ama Owusu for trainees.

        Prepared for the collection by Dr M. Yeats; consent was given by the family.

        The authors, Dr M. Yeats and Ms Ama Owusu, prepared this report.

        The retrieval log was written by Dr M. Yeats at 23:10.
        """)
        // Lines 7, 9 and 11 are bylines (after another sentence, with no subject, "the authors"); line 13 is the story.
        #expect(result.findings.filter { $0.ruleID.rawValue == "privacy.name" }.map(\.range.start.line) == [13])
    }

    @Test func anItalicByLineAndAnAuthorsNoteCreditTheAuthorsButAWrappedLineStartingWithByDoesNot() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [a]
        authors: [Dr A. Placeholder, Dr U. Sample, "Colleen Boudreau, RN"]
        ---
        *By Dr A. Placeholder and Dr U. Sample, paediatric infectious diseases teaching group.*

        *Case by Dr A. Placeholder and Dr U. Sample, movement disorders service.*

        *Authors' note: Dr A. Placeholder and Dr U. Sample wrote this case for the course.*

        The death was verified at 02:10
        by RN C. Boudreau and certified next morning.

        *By the next morning Dr U. Sample had rung the family at home.*
        """)
        // Lines 7, 9 and 11 are bylines; line 14, a paragraph's wrapped line that starts with "by", and line 16, in italics but the
        // story ("By the next morning …"), are reported.
        #expect(result.findings.filter { $0.ruleID.rawValue == "privacy.name" }.map(\.range.start.line) == [14, 16])
    }

    @Test func nativeDigitsAreReadAsDigitsAndReportedWhereTheyAreWritten() {
        // Arabic-Indic and Devanagari digits are two and three bytes; the rules read them as ASCII digits, and each finding keeps the
        // line and UTF-16 column of the text as written.
        let result = check("تاريخ الدخول ١٥/٠٣/٢٠٢٤\nهاتف: ٠٥٠ ٤١٨ ٢٢٧٣ — भर्ती १५/०३/२०२४")
        let found = result.findings.filter { $0.ruleID.family == "privacy" }.map { "\($0.ruleID.rawValue) \($0.range.start)-\($0.range.end)" }
        #expect(found == ["privacy.date 1:14-1:24", "privacy.phone 2:7-2:19", "privacy.date 2:28-2:38"])
    }

    @Test func initialsAtTheSecondByteOfAFileAreReportedWithoutACrash() {
        // A pair of initials ending a note, one space into the file: the list that follows them was read from the byte before the file.
        let result = check(" JS/KT")
        #expect(result.findings.filter { $0.ruleID.rawValue == "privacy.initials" }.map(\.range.start.column) == [2, 5])
    }

    @Test func aRowLabelAfterABarOnTheLineBeforeIsCheckedWithoutACrash() {
        // Markdown runs "d by |⏎Name:" on into one line: the bar before "Name" is on the line before, and the table-row test read the
        // line from its start back to the bar (a range whose start passed its end).
        let result = check("Reviewed by |\nName: Olwen Pryce-Tudor")
        #expect(result.findings.contains { $0.ruleID.rawValue == "privacy.name" && $0.range.start.line == 2 })
    }

    @Test func surnamesOfCitedWorksAreAuthorsUnlessSomethingNamesAPerson() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [a]
        ---
        Serotonin excess explains it (Boyer and Shannon).

        The irony of a patient named Bell with a Bell's palsy; Dr Shannon agreed.

        ## References

        1. Boyer EW, Shannon M. The serotonin syndrome. N Engl J Med. 2005.
        2. Bell C. On the nerves of the face. 1821.
        """)
        // Not the cited pair on line 6; the patient named Bell and the doctor on line 8 are people.
        let names = result.findings.filter { $0.ruleID.rawValue == "privacy.name" }
        #expect(names.map(\.range.start.line) == [8, 8])
        #expect(names.map(\.range.start.column) == [30, 59])
    }

    @Test func lettersOfQuizOptionsAreNotInitialsOfNames() {
        let result = check("""
        ---
        title: Image challenge
        summary: s
        tags: [a]
        ---
        What is the diagnosis?

        A. Splenic tuberculosis
        B. Melioidosis
        C. Typhoid fever with splenic abscess

        **B. Melioidosis.** Multiple splenic abscesses are typical.
        """)
        #expect(!result.findings.contains { $0.ruleID.rawValue == "privacy.name" }, "\(result.findings)")
    }

    @Test func suppressionsWorkInFrontMatterAndBodyAndAreListed() {
        let result = check("""
        ---
        title: t
        summary: s
        tags: [a]
        # casebook-ignore privacy.phone: the national poisons line, not a person
        notes: "Poisons line 0344 892 0111"
        ---
        <!-- casebook-ignore privacy.name: Mr Men is a book series in the history -->
        He liked reading Mr Men books.
        """)
        #expect(result.findings.isEmpty)
        #expect(result.suppressed.map(\.finding.ruleID).sorted() == ["privacy.name", "privacy.phone"])
        #expect(result.suppressed.map(\.reason).contains("the national poisons line, not a person"))
        #expect(result.suppressed.allSatisfy { $0.by.file == "content/cases/case.md" })
    }

    @Test func unusedAndUnknownSuppressionsAreReported() {
        let result = check("""
        <!-- casebook-ignore privacy.name: nothing here -->
        A plain sentence.
        <!-- casebook-ignore privacy.nonsense: typo in the rule id -->
        Another sentence.
        """)
        #expect(result.findings.map(\.ruleID) == [Checker.suppressionRule, Checker.suppressionRule])
        #expect(result.findings.allSatisfy { $0.severity == .warning })
        #expect(result.findings[0].message == "This casebook-ignore comment suppresses nothing on the next line.")
        #expect(result.findings[1].message.contains("privacy.nonsense"))
    }

    @Test func settingsChangeSeverityTurnRulesOffAndAllowTerms() {
        let range = SourceRange(file: "casebook.yml", line: 3)
        let settings = RuleSettings(
            severities: [.init(rule: "privacy.url", severity: .warning, range: range), .init(rule: "privacy.ip", severity: nil, range: range)],
            allowances: [.init(rule: "privacy.name", term: "Hartley", reason: "the Hartley oscillator is a device", range: range)]
        )
        let result = check("See https://www.example.net/page from 192.0.2.4; Mr Hartley and Mr Okafor.", settings: settings)
        #expect(result.findings.map(\.ruleID) == ["privacy.url", "privacy.name"])
        #expect(result.findings.first { $0.ruleID == "privacy.url" }?.severity == .warning)
        #expect(result.suppressed.map(\.reason) == ["the Hartley oscillator is a device"])
    }

    @Test func unknownRuleIdsInSettingsAreErrors() {
        let settings = RuleSettings(severities: [.init(rule: "privacy.phones", severity: .note, range: SourceRange(file: "casebook.yml", line: 4))])
        let result = check("Nothing identifying.", settings: settings)
        #expect(result.findings.map(\.ruleID) == [Checker.configRule])
        #expect(result.findings.first?.range.start.line == 4)
    }

    @Test func messagesNeverRepeatTheIdentifier() throws {
        for rule in Registry.all {
            for marked in rule.description.failing {
                let example = RuleExampleTests.Example(marked)
                let document = ScanDocument(text: example.text)
                for finding in Checker.check(document, rules: [rule]).findings {
                    let match = try #require(Checker.matches(of: rule, in: document).first { document.source.position(ofByteOffset: $0.start) == finding.range.start },
                                             "\(rule.description.id): no match starts where the finding does")
                    let text = document.text(match.range)
                    // Two-letter identifiers (initials) are too short to tell apart from ordinary words in a message.
                    if text.count >= 3 {
                        #expect(!finding.message.contains(text), "\(rule.description.id) repeats `\(text)`")
                    }
                }
            }
        }
    }

    @Test func overlappingMatchesOfOneRuleBecomeOneFinding() {
        #expect(Checker.merged([Match(0..<5, "a"), Match(3..<9, "b"), Match(12..<14, "c")]).map(\.range) == [0..<9, 12..<14])
    }
}

@Suite struct SlugTests {
    @Test(arguments: ["jane-okafor-stemi", "mrs-doyle-copd", "admitted-2021-03-12", "case-of-mr-hartley"])
    func identifyingSlugsAreFindings(slug: String) {
        let findings = Checker.checkSlug(slug, file: "content/cases/\(slug).md", rules: Registry.all)
        #expect(!findings.isEmpty, "\(slug)")
        #expect(findings.allSatisfy { $0.range.start.line == 1 && $0.message.hasPrefix("The file name") && !$0.message.contains(slug) })
    }

    @Test(arguments: ["tension-pneumothorax-after-central-line-insertion", "inferior-stemi-with-right-ventricular-infarction",
                      "faltering-growth-revealing-coeliac-disease", "parkinson-disease-falls", "case-12", "graves-disease-in-pregnancy"])
    func descriptiveSlugsAreNot(slug: String) {
        #expect(Checker.checkSlug(slug, file: "x.md", rules: Registry.all).isEmpty, "\(slug)")
    }
}

extension SlugTests {
    @Test(arguments: ["acute-subdural-haematoma-in-an-older-adult-taking-warfarin", "supracondylar-humerus-fracture-after-a-fall-from-play-equipment"])
    func medicalWordsAreNotNames(slug: String) {
        #expect(Checker.checkSlug(slug, file: "x.md", rules: Registry.all).isEmpty, "\(slug)")
    }
}

@Suite struct ArchiveCheckTests {
    @Test func imageFileNamesAreChecked() {
        var front = CaseFrontMatter()
        front.images = [CaseImage(file: "images/jane-okafor-cxr.png", alt: "x", range: SourceRange(file: "content/cases/a.md", line: 7, column: 11)),
                        CaseImage(file: "frontal-chest-radiograph.png", alt: "y", range: SourceRange(file: "content/cases/a.md", line: 9, column: 11))]
        let teachingCase = TeachingCase(slug: "a", displayPath: "content/cases/a.md", folder: "/tmp", frontMatter: front, body: "",
                                        bodyStartLine: 1, source: SourceText(path: "content/cases/a.md", text: "---\ntitle: t\n---\n"))
        let archive = CaseArchive(config: SiteConfig(title: "t", baseURL: "https://example.org"), sourceRoot: "/tmp", cases: [teachingCase], collections: [])
        let findings = Checker.check(archive, rules: Registry.all).findings
        #expect(findings.map(\.ruleID) == ["privacy.name"])
        #expect(findings.first?.range.start == SourcePosition(line: 7, column: 11))
        #expect(findings.first?.message.hasPrefix("The image's file name") == true)
    }
}
