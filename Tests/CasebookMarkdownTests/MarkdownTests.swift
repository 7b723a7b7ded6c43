import Foundation
import Testing
@testable import CasebookMarkdown
import CasebookModel

/// Rendering of every GFM construct casebook supports, the raw-HTML policy and heading ids.
@Suite struct MarkdownTests {
    func html(_ markdown: String) -> String { Markdown.render(markdown).html }

    @Test func table() {
        let output = html("| Test | Result |\n|:--|--:|\n| Hb | 92 g/L |\n")
        #expect(output.contains("<table>"))
        #expect(output.contains("<th align=\"left\">Test</th>"))
        #expect(output.contains("<td align=\"right\">92 g/L</td>"))
    }

    @Test func strikethrough() {
        #expect(html("~~wrong~~ right").contains("<del>wrong</del> right"))
    }

    @Test func autolink() {
        #expect(html("See https://www.nice.org.uk/guidance for more.").contains("<a href=\"https://www.nice.org.uk/guidance\">https://www.nice.org.uk/guidance</a>"))
    }

    @Test func taskList() {
        let output = html("- [x] ECG\n- [ ] Troponin\n")
        #expect(output.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ECG"))
        #expect(output.contains("<input type=\"checkbox\" disabled=\"\" /> Troponin"))
    }

    @Test func footnotes() {
        let output = html("Claim.[^1]\n\n[^1]: Source.\n")
        #expect(output.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>"))
        #expect(output.contains("<section class=\"footnotes\" data-footnotes>"))
        #expect(output.contains("Source."))
    }

    @Test func blockquoteCodeAndEmphasis() {
        let output = html("> Quoted *well*\n\n`CURB-65` and **bold**\n\n```\nscore = a + b\n```\n")
        #expect(output.contains("<blockquote>\n<p>Quoted <em>well</em></p>\n</blockquote>"))
        #expect(output.contains("<code>CURB-65</code>"))
        #expect(output.contains("<strong>bold</strong>"))
        #expect(output.contains("<pre><code>score = a + b\n</code></pre>"))
    }

    @Test func headingsGetUniqueIDs() {
        let document = Markdown.render("## Presentation\n\ntext\n\n## Learning points\n\n### Presentation\n\n## Café `ECG` & more\n", firstLine: 10)
        #expect(document.headings.map(\.id) == ["presentation", "learning-points", "presentation-1", "café-ecg--more"])
        #expect(document.headings.map(\.line) == [10, 14, 16, 18])
        #expect(document.html.contains("<h2 id=\"presentation\">Presentation</h2>"))
        #expect(document.html.contains("<h3 id=\"presentation-1\">Presentation</h3>"))
        #expect(document.html.contains("<h2 id=\"café-ecg--more\">Café <code>ECG</code> &amp; more</h2>"))
    }

    @Test func rawHTMLIsShownAsTextNeverInterpreted() {
        let output = html("<script>alert(1)</script>\n\nText <iframe src=\"https://evil.example\"></iframe> and <img src=x onerror=alert(1)>.\n")
        #expect(!output.contains("<script"))
        #expect(!output.contains("<iframe"))
        #expect(!output.contains("<img"))
        #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(output.contains("&lt;iframe src=&quot;https://evil.example&quot;&gt;"))
        #expect(output.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func htmlCommentsAreDropped() {
        let output = html("<!-- casebook-ignore privacy.name: eponym -->\nWilson disease.\n\nInline <!-- note --> text.\n")
        #expect(!output.contains("casebook-ignore"))
        #expect(!output.contains("note"))
        #expect(output.contains("Wilson disease."))
        #expect(output.contains("Inline  text."))
    }

    @Test func dangerousLinkSchemesAreEmptied() {
        let output = html("[click](javascript:alert(1)) [file](file:///etc/passwd) [ok](https://example.org)")
        #expect(!output.contains("javascript:"))
        #expect(!output.contains("file:"))
        #expect(output.contains("<a href=\"\">click</a>"))
        #expect(output.contains("<a href=\"https://example.org\">ok</a>"))
    }

    @Test func concurrentRendersMatchSerialOnes() {
        // cmark_parser_finish races in cmark-gfm 0.29.0.gfm.6 unless serialised; render many
        // documents with tables and footnotes on all cores and compare with one-at-a-time output.
        let documents = (0..<200).map { "## Case \($0)\n\n| a | b |\n|---|---|\n| \($0) | ~~x~~ |\n\nNote[^n].\n\n[^n]: Footnote \($0).\n- [x] item https://example.org/\($0)\n" }
        let serial = documents.map { Markdown.render($0).html }
        let parallel = documents.concurrentMap { Markdown.render($0).html }
        #expect(parallel == serial)
    }
}
