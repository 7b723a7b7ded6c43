import CasebookLoad
import CasebookModel
import CasebookTestSupport
import Foundation
import Testing
@testable import CasebookRender

/// Rendering pages from a loaded fixture, inspected as a browser would parse them.
@Suite struct RenderTests {
    let fixture = FixtureCollection()

    func render(theme overrideFolder: String? = nil) throws -> [String: SiteFile] {
        let loaded = try ArchiveLoader.load(from: fixture.root)
        #expect(loaded.findings.isEmpty, "fixture findings: \(loaded.findings)")
        let theme = try Theme.load(overrideFolder: overrideFolder)
        return Dictionary(uniqueKeysWithValues: SiteRenderer.render(loaded.archive, theme: theme).map { ($0.path, $0) })
    }

    func page(_ files: [String: SiteFile], _ path: String) throws -> ParsedMarkup {
        let file = try #require(files[path], "no \(path)")
        guard case .bytes(let data) = file.content else { throw CasebookError(.io, "not text") }
        return try #require(ParsedMarkup(html: String(decoding: data, as: UTF8.self)))
    }

    func text(_ files: [String: SiteFile], _ path: String) -> String {
        guard case .bytes(let data)? = files[path]?.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func everyFrontMatterValueIsEscaped() throws {
        let hostile = "</title><script>alert(1)</script>"
        fixture.addCase("hostile", """
        ---
        title: "\(hostile)"
        summary: "\\"><img src=x onerror=alert(2)>"
        tags: ["<b>tag</b>"]
        diagnosis: "<script>alert(3)</script>"
        specialty: "<i>x</i>"
        ---
        Body.
        """)
        let files = try render()
        let casePage = try page(files, "cases/hostile/index.html")
        #expect(casePage.texts("//title") == ["\(hostile) · Fixture Cases"])
        #expect(casePage.texts("//h1") == [hostile])
        #expect(casePage.count("//script[not(@src)]") == 0)
        #expect(casePage.count("//img") == 0)
        #expect(casePage.count("//b") == 0)
        #expect(casePage.attributes("//meta[@name='description']", "content") == ["\"><img src=x onerror=alert(2)>"])
        #expect(casePage.texts("//p[@class='diagnosis']").first?.contains("<script>alert(3)</script>") == true)
        let tagPage = try page(files, "tags/b-tag-b/index.html")
        #expect(tagPage.texts("//h1") == ["Cases tagged “<b>tag</b>”"])
        #expect(ParsedMarkup(xml: text(files, "feed.xml"))?.texts("//a:entry/a:title", namespaces: ["a": "http://www.w3.org/2005/Atom"]) == [hostile])
    }

    @Test func casePageShowsEverythingACaseHas() throws {
        fixture.write("content/cases/full/cxr.png", bytes: FixtureCollection.png(width: 640, height: 480))
        fixture.addCase("full", """
        ---
        title: Tension pneumothorax
        summary: Sudden hypoxia.
        tags: [Pneumothorax, Chest X-ray]
        specialty: emergency-medicine
        system: [chest]
        modality: [X-ray]
        age: 60s
        sex: not-stated
        diagnosis: Tension pneumothorax
        certainty: almost-certain
        authors: [Dr A. Example, Dr B. Sample]
        published: 2026-03-01
        license: CC-BY-NC-SA-4.0
        images:
          - file: cxr.png
            alt: Frontal chest radiograph.
            caption: Deep sulcus on the left.
            annotations: [{x: 0.62, y: 0.35, label: Deep sulcus sign}]
        references:
          - "Author A. Title. J Example. 2019;12:34-56. doi:10.1000/xyz123. PMID: 12345678"
        ---
        ## Presentation

        Text.
        """, bundle: true)
        let files = try render()
        let html = try page(files, "cases/full/index.html")
        #expect(html.attributes("//ul[@class='tags']//a", "href") == ["../../tags/pneumothorax/", "../../tags/chest-x-ray/"])
        #expect(html.texts("//dl[@class='facts']//dt") == ["Specialty", "System", "Modality", "Age", "Sex"])
        #expect(html.texts("//dl[@class='facts']//dd") == ["Emergency medicine", "Chest", "X-ray", "In their 60s", "Not stated"])
        #expect(html.attributes("//figure//img", "src") == ["../../cases/full/cxr.png"])
        #expect(html.attributes("//figure//img", "alt") == ["Frontal chest radiograph."])
        #expect(html.attributes("//figure//img", "width") == ["640"])
        #expect(html.attributes("//figure//img", "height") == ["480"])
        #expect(html.texts("//figcaption/p") == ["Deep sulcus on the left."])
        #expect(html.attributes("//span[@class='marker']", "style") == ["left:62.0%;top:35.0%"])
        #expect(html.texts("//ol[@class='annotation-list']/li") == ["Deep sulcus sign"])
        #expect(html.texts("//header/p[@class='diagnosis']") == ["Diagnosis: Tension pneumothorax (almost certain)"])
        #expect(html.attributes("//figure//a[@class='image-link']", "href") == ["../../cases/full/cxr.png"])
        #expect(html.attributes("//section[@class='references']//a", "href") == ["https://doi.org/10.1000/xyz123", "https://pubmed.ncbi.nlm.nih.gov/12345678/"])
        #expect(html.texts("//p[@id='citation']") == ["Dr A. Example, Dr B. Sample. Tension pneumothorax. Fixture Cases. 2026. https://cases.example.org/teaching/cases/full/"])
        #expect(html.attributes("//a[@rel='license']", "href") == ["https://creativecommons.org/licenses/by-nc-sa/4.0/"])
        let report = try #require(html.attributes("//p[@class='report']/a", "href").first)
        #expect(report.hasPrefix("mailto:editors@example.org?subject=Report%3A%20Tension%20pneumothorax"))
        #expect(html.attributes("//link[@rel='canonical']", "href") == ["https://cases.example.org/teaching/cases/full/"])
        #expect(html.attributes("//meta[@property='og:image']", "content") == ["https://cases.example.org/teaching/cases/full/cxr.png"])
        #expect(html.attributes("//h2[text()='Presentation']", "id") == ["presentation"])
        #expect(html.count("//details") == 0)
        if case .copy(let source)? = files["cases/full/cxr.png"]?.content {
            #expect(source.hasSuffix("content/cases/full/cxr.png"))
        } else {
            Issue.record("the image is not copied")
        }
    }

    @Test func quizHidesDiagnosisDiscussionAnnotationsAndReferencesBehindTheReveal() throws {
        fixture.write("content/cases/quiz/ct.png", bytes: FixtureCollection.png())
        fixture.addCase("quiz", """
        ---
        title: Tearing chest pain
        summary: Sudden pain between the shoulder blades.
        tags: [chest-pain]
        quiz: true
        diagnosis: Aortic dissection
        certainty: certain
        images:
          - file: ct.png
            alt: Axial CT of the chest.
            annotations: [{x: 0.5, y: 0.5, label: Intimal flap}]
        references:
          - "Author A. Aortic dissection guideline. J Example. 2020;1:1-2."
        ---
        ## Presentation

        Tearing chest pain.

        ## Discussion

        The answer explained.[^1]

        [^1]: A source.
        """, bundle: true)
        let html = try page(try render(), "cases/quiz/index.html")
        let outsideReveal = "not(ancestor::details)"
        #expect(html.texts("//div[@class='case-body' and \(outsideReveal)]//h2") == ["Presentation"])
        #expect(html.texts("//details/summary") == ["Reveal the diagnosis"])
        #expect(html.texts("//details//p[@class='diagnosis']") == ["Diagnosis: Aortic dissection (certain)"])
        #expect(html.texts("//details//h2") == ["Discussion", "References"])
        #expect(html.count("//details//section[@class='footnotes']") == 1)
        #expect(html.texts("//details//ol[@class='annotation-list']/li") == ["Intimal flap"])
        // Nothing outside the reveal names the answer.
        #expect(html.count("//p[@class='diagnosis' and \(outsideReveal)]") == 0)
        #expect(html.count("//ol[@class='annotation-list' and \(outsideReveal)]") == 0)
        #expect(html.count("//section[@class='references' and \(outsideReveal)]") == 0)
        #expect(html.attributes("//figure", "class") == ["case-image markers-hidden"])
    }

    @Test func notFoundPageIsNotIndexedAndHasNoCanonicalAddress() throws {
        fixture.addSimpleCase("a")
        let html = try page(try render(), "404.html")
        #expect(html.texts("//title") == ["Page not found · Fixture Cases"])
        #expect(html.attributes("//meta[@name='robots']", "content") == ["noindex"])
        #expect(html.count("//link[@rel='canonical']") == 0)
        #expect(html.count("//meta[@property='og:url']") == 0)
    }

    @Test func collectionsRenderInOrderWithPreviousAndNext() throws {
        for slug in ["one", "two", "three"] { fixture.addSimpleCase(slug, title: "Case \(slug)") }
        fixture.write("content/collections/tour.md", "---\ntitle: The tour\nsummary: In order.\ncases: [two, three, one]\n---\nAn **intro**.\n")
        let files = try render()
        let collection = try page(files, "collections/tour/index.html")
        #expect(collection.texts("//ol[contains(@class,'case-list')]/li//h3/a") == ["Case two", "Case three", "Case one"])
        #expect(collection.texts("//div[@class='collection-intro']//strong") == ["intro"])
        let middle = try page(files, "cases/three/index.html")
        #expect(middle.texts("//nav[@class='collection-nav']/p") == ["Case 2 of 3 in The tour"])
        #expect(middle.attributes("//a[@rel='prev']", "href") == ["../../cases/two/"])
        #expect(middle.attributes("//a[@rel='next']", "href") == ["../../cases/one/"])
        let first = try page(files, "cases/two/index.html")
        #expect(first.count("//a[@rel='prev']") == 0)
        let list = try page(files, "collections/index.html")
        #expect(list.texts("//ul[@class='collection-list']/li/a") == ["The tour"])
    }

    @Test func homeTagsAndListsLinkEveryCase() throws {
        fixture.addSimpleCase("older", frontMatter: "published: 2025-01-01")
        fixture.addSimpleCase("newer", frontMatter: "published: 2026-01-01")
        let files = try render()
        let home = try page(files, "index.html")
        #expect(home.attributes("//section[@aria-labelledby='latest-heading']//h3/a", "href") == ["./cases/newer/", "./cases/older/"])
        #expect(home.texts("//ul[@class='tag-cloud']/li/a") == ["fixture 2"])
        let tags = try page(files, "tags/index.html")
        #expect(tags.attributes("//ul[@class='tag-cloud']/li/a", "href") == ["../tags/fixture/"])
        let notFound = try page(files, "404.html")
        #expect(notFound.attributes("//a[@class='site-title']", "href") == ["/teaching/"])
        #expect(notFound.attributes("//link[@rel='stylesheet']", "href").first?.hasPrefix("/teaching/assets/style.") == true)
    }

    @Test func sitemapAndFeedAreWellFormedAndComplete() throws {
        fixture.addSimpleCase("a-case", frontMatter: "published: 2026-02-03\nauthors: [Dr A. Example]")
        fixture.write("content/collections/set.md", "---\ntitle: Set\nsummary: s\ncases: [a-case]\n---\n")
        let files = try render()
        let sitemap = try #require(ParsedMarkup(xml: text(files, "sitemap.xml")))
        let ns = ["s": "http://www.sitemaps.org/schemas/sitemap/0.9"]
        #expect(sitemap.texts("//s:loc", namespaces: ns) == [
            "https://cases.example.org/teaching/",
            "https://cases.example.org/teaching/cases/a-case/",
            "https://cases.example.org/teaching/collections/",
            "https://cases.example.org/teaching/collections/set/",
            "https://cases.example.org/teaching/tags/",
            "https://cases.example.org/teaching/tags/fixture/",
        ])
        let feed = try #require(ParsedMarkup(xml: text(files, "feed.xml")))
        let atom = ["a": "http://www.w3.org/2005/Atom"]
        #expect(feed.texts("/a:feed/a:updated", namespaces: atom) == ["2026-02-03T00:00:00Z"])
        #expect(feed.texts("//a:entry/a:id", namespaces: atom) == ["https://cases.example.org/teaching/cases/a-case/"])
        #expect(feed.texts("//a:entry/a:author/a:name", namespaces: atom) == ["Dr A. Example"])
    }

    @Test func assetsAreFingerprintedAndLinked() throws {
        fixture.addSimpleCase("a")
        let files = try render()
        let css = try #require(files.keys.first { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") })
        #expect(css.count == "assets/style.0123456789.css".count)
        let home = try page(files, "index.html")
        #expect(home.attributes("//link[@rel='stylesheet']", "href") == ["./" + css])
    }

    @Test func aCollectionsTemplateOverridesTheDefaultFileByFile() throws {
        fixture.addSimpleCase("a")
        fixture.write("Templates/404.mustache", "{{<layout}}{{$main}}<h1>Custom lost page</h1>{{/main}}{{/layout}}")
        let theme = try Theme.load(overrideFolder: fixture.root + "/Templates")
        #expect(theme.overridden == ["404.mustache"])
        let files = try render(theme: fixture.root + "/Templates")
        #expect(try page(files, "404.html").texts("//h1") == ["Custom lost page"])
        #expect(try page(files, "index.html").texts("//h1") == ["Fixture Cases"])
    }

    @Test func templateSyntaxErrorsNameFileAndLine() throws {
        fixture.write("Templates/tag.mustache", "<h1>\n{{#cases}}\n{{title}\n")
        let error = #expect(throws: CasebookError.self) { try Theme.load(overrideFolder: fixture.root + "/Templates") }
        #expect(error?.kind == .template)
        #expect(error?.location?.file.hasSuffix("Templates/tag.mustache") == true)
        #expect(error?.location?.start.line == 3)
    }

    @Test func missingPartialIsATemplateError() throws {
        fixture.write("Templates/tags.mustache", "{{<layout}}{{$main}}\n{{>no-such-partial}}{{/main}}{{/layout}}")
        let error = #expect(throws: CasebookError.self) { try Theme.load(overrideFolder: fixture.root + "/Templates") }
        #expect(error?.message.contains("no-such-partial") == true)
        #expect(error?.location?.start.line == 2)
    }
}
