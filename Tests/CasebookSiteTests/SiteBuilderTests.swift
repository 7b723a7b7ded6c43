import CasebookModel
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing
@testable import CasebookSite

/// The whole pipeline: load → check → render → index → write, and what a build guarantees.
@Suite struct SiteBuilderTests {
    let fixture = FixtureCollection()

    init() {
        fixture.write("content/cases/bundle/ecg.png", bytes: FixtureCollection.png(width: 800, height: 300))
        fixture.addCase("bundle", """
        ---
        title: Bundle case
        summary: With an image.
        tags: [ecg, cardiology]
        published: 2026-01-02
        images:
          - file: ecg.png
            alt: Twelve-lead ECG.
        ---
        | a | b |
        |---|---|
        | 1 | 2 |
        """, bundle: true)
        fixture.addSimpleCase("plain", frontMatter: "published: 2026-01-03")
        fixture.write("content/collections/set.md", "---\ntitle: Set\nsummary: s\ncases: [plain, bundle]\n---\n")
    }

    var output: String { fixture.root + "/site" }

    func build(output: String? = nil, drafts: Bool = false, pipeline: Pipeline = .standard) throws -> BuildResult {
        try SiteBuilder.build(BuildOptions(sourceRoot: fixture.root, output: output ?? self.output, includeDrafts: drafts), pipeline: pipeline)
    }

    /// Folders beside the output other than the site and its one staging sibling.
    func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixture.root)) ?? [])
            .filter { $0.hasPrefix(".site") && $0 != ".site.casebook-staging" }
    }

    @Test func writesTheLayoutFromTheContract() throws {
        let result = try build()
        #expect(result.findings.isEmpty)
        #expect(result.caseCount == 2)
        let files = Set(snapshot(of: output).keys)
        for expected in ["index.html", "404.html", "sitemap.xml", "feed.xml", "cases/bundle/index.html", "cases/bundle/ecg.png",
                         "cases/plain/index.html", "tags/index.html", "tags/ecg/index.html", "tags/fixture/index.html",
                         "collections/index.html", "collections/set/index.html"] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        #expect(files.contains { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") })
        #expect(result.filesWritten == files.count)
        #expect(fixture.read("site/cases/bundle/ecg.png").map { Array($0.utf8) } == fixture.read("content/cases/bundle/ecg.png").map { Array($0.utf8) })
        #expect(leftovers().isEmpty)
    }

    @Test func theSameSourcesGiveTheSameBytes() throws {
        let second = fixture.root + "/site-again"
        _ = try build()
        _ = try build(output: second)
        let first = snapshot(of: output), again = snapshot(of: second)
        #expect(first.count > 10)
        #expect(first.keys.sorted() == again.keys.sorted())
        for (path, bytes) in first {
            #expect(again[path] == bytes, "\(path) differs between builds")
        }
    }

    @Test func aBuildWithFindingsLeavesThePreviousSiteUntouched() throws {
        _ = try build()
        let before = snapshot(of: output)
        fixture.addCase("plain", "---\ntitle: Broken\nsummary: [unclosed\ntags: [a]\n---\n")
        let result = try build()
        #expect(result.filesWritten == nil)
        #expect(result.findings.contains { $0.ruleID == "content.front-matter" && $0.severity == .error })
        #expect(snapshot(of: output) == before)
        #expect(leftovers().isEmpty)
    }

    @Test func aTemplateErrorLeavesThePreviousSiteUntouched() throws {
        _ = try build()
        let before = snapshot(of: output)
        fixture.write("Templates/case.mustache", "{{#case}}\n{{/cas}}\n")
        #expect(throws: CasebookError.self) { try build() }
        #expect(snapshot(of: output) == before)
        #expect(leftovers().isEmpty)
    }

    @Test func aWriteFailureLeavesThePreviousSiteUntouched() throws {
        _ = try build()
        let before = snapshot(of: output)
        // A copy that cannot happen halfway through writing: the image vanishes after loading.
        struct VanishingImage: SiteIndexer {
            let root: String
            func index(_ archive: CaseArchive) -> [SiteFile] {
                [SiteFile(path: "zz/late.bin", content: .copy(from: root + "/does-not-exist.bin"))]
            }
        }
        let error = #expect(throws: CasebookError.self) { try build(pipeline: Pipeline(indexers: [VanishingImage(root: fixture.root)])) }
        #expect(error?.kind == .io)
        #expect(snapshot(of: output) == before)
        #expect(leftovers().isEmpty)
    }

    @Test func aRebuildRemovesPagesThatNoLongerExist() throws {
        _ = try build()
        _ = try build()  // the staging sibling now holds the first build's site
        try FileManager.default.removeItem(atPath: fixture.root + "/content/cases/plain.md")
        fixture.write("content/collections/set.md", "---\ntitle: Set\nsummary: s\ncases: [bundle]\n---\n")
        _ = try build()
        let files = snapshot(of: output)
        #expect(files["cases/plain/index.html"] == nil)
        #expect(files["tags/fixture/index.html"] == nil)
        #expect(!FileManager.default.fileExists(atPath: output + "/cases/plain"))
        let fresh = fixture.root + "/fresh-site"
        _ = try build(output: fresh)
        #expect(snapshot(of: fresh) == files)
    }

    @Test func unchangedFilesKeepTheirModificationTime() throws {
        func modified(_ path: String) -> Int {
            var info = stat()
            return stat(output + "/" + path, &info) == 0 ? Int(info.st_mtim.tv_sec) : -1
        }
        let longAgo = 1_000_000_000
        _ = try build()
        var times = [timeval(tv_sec: longAgo, tv_usec: 0), timeval(tv_sec: longAgo, tv_usec: 0)]
        // tags/ecg/ lists only the bundle case; cases/plain/ will change.
        #expect(utimes(output + "/tags/ecg/index.html", &times) == 0)
        #expect(utimes(output + "/cases/plain/index.html", &times) == 0)
        _ = try build()  // a new generation; the first moves to the staging sibling
        #expect(modified("tags/ecg/index.html") != longAgo)
        fixture.addSimpleCase("plain", title: "Plain, retitled", frontMatter: "published: 2026-01-03")
        _ = try build()  // reconciles the first generation into the new site
        #expect(modified("tags/ecg/index.html") == longAgo)
        #expect(modified("cases/plain/index.html") != longAgo)
        #expect(fixture.read("site/cases/plain/index.html")?.contains("Plain, retitled") == true)
    }

    @Test func whateverTheStagingFolderHoldsTheSiteIsExact() throws {
        let staging = SiteWriter.stagingPath(for: output)
        _ = try build(output: fixture.root + "/reference")
        let reference = snapshot(of: fixture.root + "/reference")
        // Junk a crashed or tampered build could leave: stray files, a folder where a file belongs,
        // a file where a folder belongs.
        fixture.write(".site.casebook-staging/stray.html", "stale")
        fixture.write(".site.casebook-staging/index.html/nested.txt", "a folder where a file belongs")
        fixture.write(".site.casebook-staging/cases", "a file where a folder belongs")
        fixture.write(".site.casebook-staging/old/deep/page.html", "stale")
        #expect(FileManager.default.fileExists(atPath: staging))
        _ = try build()
        #expect(snapshot(of: output) == reference)
    }

    @Test func aMissingImageStopsTheBuildBeforeWriting() throws {
        try FileManager.default.removeItem(atPath: fixture.root + "/content/cases/bundle/ecg.png")
        let result = try build()
        #expect(result.filesWritten == nil)
        let finding = try #require(result.findings.first)
        #expect(finding.ruleID == "content.missing-image")
        #expect(finding.range.start.line == 7)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func draftsAreBuiltOnlyWhenAsked() throws {
        fixture.addSimpleCase("unfinished", frontMatter: "status: draft")
        let normal = try build()
        #expect(normal.skippedDrafts == ["unfinished"])
        #expect(!FileManager.default.fileExists(atPath: output + "/cases/unfinished/index.html"))
        _ = try build(drafts: true)
        let page = try #require(fixture.read("site/cases/unfinished/index.html"))
        #expect(page.contains("class=\"draft-banner\""))
    }

    @Test func indexersAddFiles() throws {
        struct CaseList: SiteIndexer {
            func index(_ archive: CaseArchive) -> [SiteFile] {
                [SiteFile(path: "search/cases.txt", text: archive.cases.map(\.slug).joined(separator: "\n"))]
            }
        }
        _ = try build(pipeline: Pipeline(indexers: [CaseList()]))
        #expect(fixture.read("site/search/cases.txt") == "bundle\nplain")
    }

    @Test func anOutputPathThatIsAFileIsAToolError() throws {
        fixture.write("site", "not a folder")
        let error = #expect(throws: CasebookError.self) { try build() }
        #expect(error?.message.contains("is a file") == true)
        #expect(fixture.read("site") == "not a folder")
    }

    @Test func refusesToReplaceTheSourceFolder() throws {
        let error = #expect(throws: CasebookError.self) { try build(output: fixture.root) }
        #expect(error?.message.contains("refusing to replace") == true)
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/casebook.yml"))
    }

    @Test func initCreatesACollectionThatBuilds() throws {
        let folder = fixture.root + "/new-site"
        let written = try Scaffold.initCollection(at: folder, title: "Ward teaching")
        #expect(written.contains("Templates/case.mustache"))
        #expect(written.contains("Templates/assets/style.css"))
        let result = try SiteBuilder.build(BuildOptions(sourceRoot: folder))
        #expect(result.findings.isEmpty)
        #expect(result.caseCount == 1)
        #expect(FileManager.default.fileExists(atPath: folder + "/site/cases/example-case/index.html"))
        #expect(throws: CasebookError.self) { try Scaffold.initCollection(at: folder) }
    }

    @Test func newCaseWritesADraftWithEveryField() throws {
        let path = try Scaffold.newCase(title: "Sudden \"worst\" headache", in: fixture.root, bundle: false, today: PublicationDate("2026-11-22")!)
        #expect(path.hasSuffix("content/cases/sudden-worst-headache.md"))
        let text = try #require(fixture.read("content/cases/sudden-worst-headache.md"))
        for key in ["title", "summary", "tags", "specialty", "system", "modality", "age", "sex", "diagnosis", "certainty",
                    "authors", "published", "status", "license", "consent", "quiz", "images", "references"] {
            #expect(text.contains("\n\(key):"), "no \(key)")
        }
        #expect(text.contains("Privacy checklist"))
        let result = try build(drafts: true)
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(fixture.read("site/cases/sudden-worst-headache/index.html")?.contains("Sudden &quot;worst&quot; headache") == true)
        #expect(throws: CasebookError.self) {
            try Scaffold.newCase(title: "Sudden worst headache", in: fixture.root, bundle: true, today: PublicationDate("2026-11-22")!)
        }
    }
}
