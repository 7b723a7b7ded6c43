import CasebookModel
import CasebookTestSupport
import Foundation
import Testing
@testable import CasebookLoad

/// Loading a whole source folder: discovery, encodings, slugs, drafts, images, collections, config.
@Suite struct ArchiveLoaderTests {
    func load(_ fixture: FixtureCollection, drafts: Bool = false) throws -> LoadedArchive {
        try ArchiveLoader.load(from: fixture.root, options: .init(includeDrafts: drafts))
    }

    @Test func findsSingleFileAndBundleCasesSortedBySlug() throws {
        let fixture = FixtureCollection()
        fixture.addSimpleCase("zeta")
        fixture.addCase("alpha", "---\ntitle: A\nsummary: s\ntags: [x]\n---\n", bundle: true)
        fixture.write("content/cases/images/shared.png", bytes: FixtureCollection.png())  // an image folder, not a case
        let loaded = try load(fixture)
        #expect(loaded.findings.isEmpty)
        #expect(loaded.archive.cases.map(\.slug) == ["alpha", "zeta"])
        #expect(loaded.archive.cases[0].folder.hasSuffix("content/cases/alpha"))
        #expect(loaded.archive.config.baseURL == "https://cases.example.org/teaching/")
    }

    @Test func duplicateSlugsNameBothFiles() throws {
        let fixture = FixtureCollection()
        fixture.addSimpleCase("same")
        fixture.addCase("same", "---\ntitle: B\nsummary: s\ntags: [x]\n---\n", bundle: true)
        let loaded = try load(fixture)
        let finding = try #require(loaded.findings.first)
        #expect(loaded.findings.count == 1)
        #expect(finding.ruleID == "content.duplicate-slug")
        #expect(finding.message.contains("content/cases/same.md"))
        #expect(finding.message.contains("content/cases/same/index.md"))
    }

    @Test func fileNamesMustBeSlugs() throws {
        let fixture = FixtureCollection()
        fixture.addSimpleCase("Chest Pain")
        let finding = try #require(try load(fixture).findings.first)
        #expect(finding.ruleID == "content.slug")
        #expect(finding.hint?.contains("chest-pain.md") == true)
    }

    @Test func draftsAreSkippedUnlessAsked() throws {
        let fixture = FixtureCollection()
        fixture.addSimpleCase("published-case")
        fixture.addSimpleCase("draft-case", frontMatter: "status: draft")
        fixture.addSimpleCase("review-case", frontMatter: "status: review")
        let normal = try load(fixture)
        #expect(normal.archive.cases.map(\.slug) == ["published-case"])
        #expect(normal.skippedDrafts == ["draft-case", "review-case"])
        let withDrafts = try load(fixture, drafts: true)
        #expect(withDrafts.archive.cases.map(\.slug) == ["draft-case", "published-case", "review-case"])
    }

    @Test func invalidUTF8IsReportedWithItsPosition() throws {
        let fixture = FixtureCollection()
        fixture.write("content/cases/latin1.md", bytes: Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\nsummary: s\ntags: [a]\n---\n".utf8))
        let finding = try #require(try load(fixture).findings.first)
        #expect(finding.ruleID == "content.encoding")
        #expect(finding.range.start == SourcePosition(line: 2, column: 11))
        #expect(finding.message.contains("0xE9"))
    }

    @Test func utf16AndNulBytesAreRejected() throws {
        let fixture = FixtureCollection()
        fixture.write("content/cases/wide.md", bytes: [0xFF, 0xFE] + Array("-\0-\0-\0".utf8))
        fixture.write("content/cases/binary.md", bytes: Array("---\ntitle: a\0b\n".utf8))
        let findings = try load(fixture).findings
        #expect(findings.map(\.message).contains("The file is UTF-16; casebook reads UTF-8 only."))
        let nul = try #require(findings.first { $0.message.contains("NUL") })
        #expect(nul.range.start == SourcePosition(line: 2, column: 9))
    }

    @Test func missingImageIsAnErrorAtItsLine() throws {
        let fixture = FixtureCollection()
        fixture.addSimpleCase("with-image", frontMatter: "images:\n  - file: nowhere.png\n    alt: Nothing")
        let finding = try #require(try load(fixture).findings.first)
        #expect(finding.ruleID == "content.missing-image")
        #expect(finding.range.file == "\(fixture.root)/content/cases/with-image.md".replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: ""))
        #expect(finding.range.start == SourcePosition(line: 6, column: 11))
    }

    @Test func imagesResolveBesideTheCaseThenBelowContent() throws {
        let fixture = FixtureCollection()
        fixture.write("content/cases/bundle/local.png", bytes: FixtureCollection.png())
        fixture.write("content/images/shared.png", bytes: FixtureCollection.png())
        fixture.addCase("bundle", "---\ntitle: t\nsummary: s\ntags: [a]\nimages:\n  - {file: local.png, alt: a}\n  - {file: /images/shared.png, alt: b}\n  - {file: images/shared.png, alt: c}\n---\n", bundle: true)
        let loaded = try load(fixture)
        #expect(loaded.findings.isEmpty)
        let images = loaded.archive.cases[0].frontMatter.images
        #expect(images.map { $0.location?.sitePath } == ["cases/bundle/local.png", "images/shared.png", "images/shared.png"])
        #expect(images.allSatisfy { $0.location.map { FileManager.default.fileExists(atPath: $0.sourcePath) } == true })
    }

    @Test(arguments: ["../../casebook.yml.png", "/../../etc/passwd.png", "../../../../../../etc/hostname.png"])
    func imagePathsCannotLeaveContent(path: String) throws {
        let fixture = FixtureCollection()
        fixture.write("outside.png", bytes: FixtureCollection.png())
        fixture.addSimpleCase("escape", frontMatter: "images:\n  - file: \"\(path)\"\n    alt: x")
        let finding = try #require(try load(fixture).findings.first)
        #expect(finding.ruleID == "content.missing-image")
        #expect(finding.severity == .error)
    }

    @Test func symlinkOutOfContentIsRejected() throws {
        let fixture = FixtureCollection()
        fixture.write("secret.png", bytes: FixtureCollection.png())
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/content/cases/link.png", withDestinationPath: fixture.root + "/secret.png")
        fixture.addSimpleCase("linked", frontMatter: "images:\n  - file: link.png\n    alt: x")
        let finding = try #require(try load(fixture).findings.first)
        #expect(finding.message.contains("leads outside content/"))
    }

    @Test func nonImageFilesAreRejected() throws {
        let fixture = FixtureCollection()
        fixture.write("content/cases/scan.dcm", bytes: [0, 1, 2])
        fixture.addSimpleCase("dicom", frontMatter: "images:\n  - file: scan.dcm\n    alt: x")
        let finding = try #require(try load(fixture).findings.first)
        #expect(finding.message.contains("not an image type"))
        #expect(finding.hint?.contains("DICOM") == true)
    }

    @Test func collectionsKeepOrderAndReportUnknownAndDraftCases() throws {
        let fixture = FixtureCollection()
        fixture.addSimpleCase("first")
        fixture.addSimpleCase("second")
        fixture.addSimpleCase("unfinished", frontMatter: "status: draft")
        fixture.write("content/collections/set.md", "---\ntitle: A set\nsummary: s\ncases: [second, first, unfinished, missing, first]\n---\nIntro.\n")
        let loaded = try load(fixture)
        let collection = try #require(loaded.archive.collections.first)
        #expect(collection.cases.map(\.slug) == ["second", "first"])
        #expect(loaded.findings.map(\.message) == [
            "The case `unfinished` is a draft, so it is left out of this collection.",
            "No case is called `missing`.",
            "The case `first` is listed twice.",
        ])
        #expect(loaded.findings.map(\.severity) == [.warning, .error, .error])
        #expect(loaded.findings.map(\.range.start.column) == [24, 36, 45])
    }

    @Test func configWithoutBaseURLIsAToolError() throws {
        let fixture = FixtureCollection(config: "title: No address\n")
        let error = #expect(throws: CasebookError.self) { try load(fixture) }
        #expect(error?.kind == .configuration)
        #expect(error?.message.contains("base_url") == true)
    }

    @Test func malformedConfigNamesTheLine() throws {
        let fixture = FixtureCollection(config: "title: Cases\nbase_url: https://x.example/\nlicense: [unclosed\n")
        let error = #expect(throws: CasebookError.self) { try load(fixture) }
        #expect(error?.kind == .configuration)
        #expect(error?.location?.file.hasSuffix("casebook.yml") == true)
        #expect((3...4).contains(error?.location?.start.line ?? 0))
    }

    @Test func missingConfigIsAToolError() {
        let fixture = FixtureCollection(config: nil)
        let error = #expect(throws: CasebookError.self) { try load(fixture) }
        #expect(error?.message.contains("no casebook.yml") == true)
    }

    @Test func baseURLCanBeOverridden() throws {
        let fixture = FixtureCollection(config: "title: Cases\n")
        let loaded = try ArchiveLoader.load(from: fixture.root, options: .init(baseURL: "https://preview.example.net"))
        #expect(loaded.archive.config.baseURL == "https://preview.example.net/")
    }

    @Test func folderWithMarkdownButNoIndexIsReported() throws {
        let fixture = FixtureCollection()
        fixture.write("content/cases/bundle/case.md", "---\ntitle: t\n---\n")
        let finding = try #require(try load(fixture).findings.first)
        #expect(finding.ruleID == "content.layout")
        #expect(finding.severity == .warning)
    }
}

/// The `rules:` section of casebook.yml.
@Suite struct RuleSettingsTests {
    @Test func readsSeveritiesOffAndAllowancesWithPositions() throws {
        let fixture = FixtureCollection(config: """
        title: Cases
        base_url: https://cases.example.org/
        rules:
          privacy.url: warning
          privacy.ip: off
          privacy.name:
            allow:
              - term: Hartley
                reason: The Hartley oscillator is a device.
        """)
        let rules = try ArchiveLoader.load(from: fixture.root).archive.config.rules
        #expect(rules.severities.map(\.rule) == ["privacy.url", "privacy.ip"])
        #expect(rules.severities.map(\.severity) == [.warning, nil])
        #expect(rules.severities.map(\.range.start.line) == [4, 5])
        #expect(rules.allowances.map(\.term) == ["Hartley"])
        #expect(rules.allowances.first?.range.start.line == 8)
    }

    @Test func anAllowanceWithoutAReasonIsAConfigurationError() {
        let fixture = FixtureCollection(config: "title: Cases\nbase_url: https://cases.example.org/\nrules:\n  privacy.name:\n    allow:\n      - term: Hartley\n")
        let error = #expect(throws: CasebookError.self) { try ArchiveLoader.load(from: fixture.root) }
        #expect(error?.message.contains("reason") == true)
        #expect(error?.location?.start.line == 6)
    }
}
