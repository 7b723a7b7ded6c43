import CasebookModel
import Testing
@testable import CasebookLoad

/// Decoding one case's front matter: every field, and every kind of error at its exact position.
@Suite struct CaseFileTests {
    func decode(_ text: String, slug: String = "a-case") -> (TeachingCase?, [Finding]) {
        CaseFile.decode(SourceText(path: "content/cases/\(slug).md", text: text), slug: slug, folder: "/tmp")
    }

    func only(_ findings: [Finding]) -> Finding? {
        findings.count == 1 ? findings[0] : nil
    }

    @Test func decodesEveryField() throws {
        let (decoded, findings) = decode("""
        ---
        title: Tension pneumothorax after line insertion
        summary: Sudden hypoxia after a procedure.
        tags: [Pneumothorax, central-line, Chest X-ray]
        specialty: emergency-medicine
        system: [chest]
        modality: [X-ray, CT]
        age: 60-64
        sex: male
        diagnosis: Tension pneumothorax
        certainty: almost-certain
        author: Dr A. Example
        published: 2026-03-01
        status: published
        license: CC-BY-4.0
        consent: obtained
        quiz: true
        images:
          - file: cxr.png
            alt: Frontal chest radiograph.
            caption: Note the deep sulcus.
            annotations: [{x: 0.62, y: 0.35, label: Deep sulcus sign}]
        references:
          - "Author A. Title. J Example. 2019;12:34-56. doi:10.1000/xyz"
        ---
        ## Presentation
        Body text.
        """)
        #expect(findings.isEmpty)
        let front = try #require(decoded).frontMatter
        #expect(front.title == "Tension pneumothorax after line insertion")
        #expect(front.tags.map(\.slug) == ["pneumothorax", "central-line", "chest-x-ray"])
        #expect(front.tags.map(\.name) == ["Pneumothorax", "central-line", "Chest X-ray"])
        #expect(front.modality == ["X-ray", "CT"])
        #expect(front.age?.text == "60-64")
        #expect(front.sex == .male)
        #expect(front.certainty == .almostCertain)
        #expect(front.authors == ["Dr A. Example"])
        #expect(front.published?.description == "2026-03-01")
        #expect(front.consent == .obtained)
        #expect(front.quiz)
        #expect(front.images.count == 1)
        #expect(front.images[0].annotations == [Annotation(x: 0.62, y: 0.35, label: "Deep sulcus sign")])
        #expect(front.images[0].range.start == SourcePosition(line: 19, column: 11))
        #expect(front.references.count == 1)
        #expect(decoded?.body.hasPrefix("## Presentation") == true)
        #expect(decoded?.bodyStartLine == 26)
        // Every scalar is kept with its key path and position, for the privacy checks.
        let caption = try #require(front.values.first { $0.keyPath == "images[0].caption" })
        #expect(caption.text == "Note the deep sulcus.")
        #expect(caption.range.start == SourcePosition(line: 21, column: 14))
        #expect(caption.range.end == SourcePosition(line: 21, column: 35))
    }

    @Test func yamlSyntaxErrorIsReportedAtTheFileLine() throws {
        let (decoded, findings) = decode("""
        ---
        title: Fine
        summary: "An unclosed quote
        tags: [a]
        ---
        """)
        #expect(decoded == nil)
        let finding = try #require(only(findings))
        #expect(finding.ruleID == "content.front-matter")
        #expect(finding.severity == .error)
        #expect(finding.message.contains("YAML syntax error"))
        // libyaml notices the missing quote at the end of the block: line 5 of the file is the fence,
        // so the problem is reported within the YAML block (lines 2–4), never at a block-relative line.
        #expect((2...5).contains(finding.range.start.line))
        #expect(finding.hint != nil)
    }

    @Test func tabIndentationNamesTabs() throws {
        let (_, findings) = decode("---\ntitle: x\nsummary: y\ntags:\n\t- a\n---\n")
        let finding = try #require(only(findings))
        #expect(finding.range.start.line == 5)
        #expect(finding.hint?.contains("tabs") == true)
    }

    @Test func duplicateKeyIsAnError() throws {
        let (_, findings) = decode("---\ntitle: One\nsummary: s\ntags: [a]\ntitle: Two\n---\n")
        let finding = try #require(only(findings))
        #expect(finding.message.contains("Duplicate key `title`"))
        #expect(finding.range.start.line == 2)
    }

    @Test func wrongTypeIsReportedAtTheValue() throws {
        let (_, findings) = decode("---\ntitle: t\nsummary: s\ntags: pneumothorax\nquiz: maybe\n---\n")
        #expect(findings.count == 2)
        let tags = try #require(findings.first { $0.message.contains("`tags`") })
        #expect(tags.range.start == SourcePosition(line: 4, column: 7))
        #expect(tags.range.end == SourcePosition(line: 4, column: 19))
        #expect(tags.hint?.contains("[first, second]") == true)
        let quiz = try #require(findings.first { $0.message.contains("`quiz`") })
        #expect(quiz.range.start == SourcePosition(line: 5, column: 7))
    }

    @Test func missingRequiredKeysAreErrors() {
        let (_, findings) = decode("---\ntitle: Only a title\n---\n")
        #expect(findings.map(\.message).sorted() == [
            "Missing required key `summary` in the case's front matter.",
            "Missing required key `tags` in the case's front matter.",
        ])
        #expect(findings.allSatisfy { $0.severity == .error && $0.range.start.line == 2 })
    }

    @Test func emptyTagListIsAnError() {
        let (_, findings) = decode("---\ntitle: t\nsummary: s\ntags: []\n---\n")
        #expect(findings.map(\.message) == ["A case needs at least one tag."])
    }

    @Test func unknownKeyIsAWarningWithASuggestion() throws {
        let (decoded, findings) = decode("---\ntitle: t\nsummary: s\ntags: [a]\ndiagnosys: Asthma\n---\n")
        let finding = try #require(only(findings))
        #expect(finding.ruleID == "content.unknown-key")
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("Did you mean `diagnosis`?"))
        #expect(finding.range.start == SourcePosition(line: 5, column: 1))
        // The unknown key's value is still kept so later checks scan it.
        #expect(decoded?.frontMatter.values.contains { $0.keyPath == "diagnosys" && $0.text == "Asthma" } == true)
    }

    @Test(arguments: ["67", "67 years", "1959-04-02", "95", "0-4s"])
    func exactAgesAreRejected(age: String) throws {
        let (_, findings) = decode("---\ntitle: t\nsummary: s\ntags: [a]\nage: \(age)\n---\n")
        let finding = try #require(only(findings))
        #expect(finding.message == "`age` must be an age band, not an exact age.")
        #expect(finding.range.start == SourcePosition(line: 5, column: 6))
    }

    @Test(arguments: ["60s", "0s", "80s", "60-64", "85-89", "90+", "neonate", "adolescent"])
    func ageBandsAreAccepted(age: String) {
        #expect(decode("---\ntitle: t\nsummary: s\ntags: [a]\nage: \(age)\n---\n").1.isEmpty)
    }

    @Test(arguments: ["2026-02-30", "01/03/2026", "2026-3-1"])
    func invalidPublicationDates(date: String) {
        let findings = decode("---\ntitle: t\nsummary: s\ntags: [a]\npublished: \(date)\n---\n").1
        #expect(findings.map(\.message) == ["`published` must be a date written YYYY-MM-DD."])
    }

    @Test func enumValuesListTheChoices() throws {
        let (_, findings) = decode("---\ntitle: t\nsummary: s\ntags: [a]\nsex: M\n---\n")
        #expect(try #require(only(findings)).message == "`sex` must be one of `female`, `male`, `other`, `not-stated`.")
    }

    @Test func imageNeedsAltTextAndAnnotationsStayInRange() {
        let (_, findings) = decode("""
        ---
        title: t
        summary: s
        tags: [a]
        images:
          - file: a.png
            annotations: [{x: 1.5, y: 0.2, label: L}]
        ---
        """)
        #expect(findings.map(\.message).sorted() == [
            "Missing required key `alt` in an image.",
            "`images[0].annotations[0].x` must be between 0.0 and 1.0.",
        ])
        #expect(findings.first { $0.message.contains("alt") }?.range.start == SourcePosition(line: 6, column: 5))
    }

    @Test func columnsCountUTF16AfterEmojiAndAccents() throws {
        let (_, findings) = decode("---\ntitle: t\nsummary: s\ntags: [a]\nimages: [{file: x.png, alt: \"Café 👩🏽‍⚕️\", zoom: 2}]\n---\n")
        let finding = try #require(only(findings))
        #expect(finding.ruleID == "content.unknown-key")
        // libyaml counts Unicode scalars; findings count UTF-16 units, as editors and SARIF do.
        let line = "images: [{file: x.png, alt: \"Café 👩🏽‍⚕️\", zoom: 2}]"
        let prefix = line[..<line.range(of: "zoom")!.lowerBound]
        #expect(finding.range.start == SourcePosition(line: 5, column: prefix.utf16.count + 1))
    }

    @Test func noFrontMatter() throws {
        let finding = try #require(only(decode("# Just a heading\n").1))
        #expect(finding.message == "The case has no front matter.")
        #expect(finding.range.start == SourcePosition(line: 1, column: 1))
    }

    @Test func unterminatedFrontMatter() throws {
        let finding = try #require(only(decode("---\ntitle: t\nsummary: s\n\nBody without a closing fence\n").1))
        #expect(finding.message == "The front matter opened here is never closed.")
    }

    @Test func crlfLineEndingsAreRead() throws {
        let (decoded, findings) = decode("---\r\ntitle: Windows\r\nsummary: s\r\ntags: [a]\r\n---\r\nBody\r\n")
        #expect(findings.isEmpty)
        #expect(decoded?.frontMatter.title == "Windows")
    }
}
