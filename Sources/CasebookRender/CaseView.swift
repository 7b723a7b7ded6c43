import CasebookImages
import CasebookMarkdown
import CasebookModel
import Foundation

/// The values a case page shows, prepared in Swift so templates only display them.
/// Paths are site-relative (`cases/x/`); templates prefix them with `{{root}}`.
enum CaseView {
    private static func text(_ value: String?) -> String? { PageContext.text(value) }

    /// A case as a list entry (home, tag and collection pages, related lists).
    static func card(_ teachingCase: TeachingCase) -> [String: Any] {
        let front = teachingCase.frontMatter
        return PageContext.context([
            "title": text(front.title),
            "summary": text(front.summary),
            "path": SitePath.teachingCase(teachingCase.slug),
            "specialty": text(front.specialty.map(displayName)),
            "published": front.published?.description,
            "quiz": front.quiz,
            "tags": front.tags.map { ["name": $0.name, "path": SitePath.tag($0.slug)] },
        ])
    }

    /// Everything the case template shows.
    static func page(_ teachingCase: TeachingCase, body: MarkdownDocument, site: SiteConfig,
                     collections: [[String: Any]]) -> [String: Any] {
        let front = teachingCase.frontMatter
        let path = SitePath.teachingCase(teachingCase.slug)
        let canonical = site.baseURL + path

        var bodyHTML = body.html
        var discussionHTML = ""
        if front.quiz, let discussion = body.headings.first(where: { $0.level == 2 && $0.text.lowercased() == "discussion" }),
           let range = bodyHTML.range(of: "<h2 id=\"\(discussion.id)\">") {
            discussionHTML = String(bodyHTML[range.lowerBound...])
            bodyHTML = String(bodyHTML[..<range.lowerBound])
        }

        var facts: [[String: String]] = []
        func fact(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(["label": label, "value": value]) }
        }
        fact("Specialty", front.specialty.map(displayName))
        fact("System", front.system.map(displayName).joined(separator: ", "))
        fact("Modality", front.modality.joined(separator: ", "))
        fact("Age", front.age.map { ageWords($0) })
        fact("Sex", front.sex.map { displayName($0.rawValue) })

        let year = front.published.map { String($0.year) } ?? ""
        let authors = front.authors.joined(separator: ", ")
        let cite = ([authors, front.title, site.title, year].filter { !$0.isEmpty }.map { $0.hasSuffix(".") ? $0 : $0 + "." } + [canonical])
            .joined(separator: " ")
        let license = front.license ?? site.license

        var context = PageContext.context([
            "slug": teachingCase.slug,
            "title": text(front.title),
            "summary": text(front.summary),
            "path": path,
            "canonical": canonical,
            "tags": front.tags.map { ["name": $0.name, "path": SitePath.tag($0.slug)] },
            "facts": facts,
            "hasFacts": !facts.isEmpty,
            "diagnosis": text(front.diagnosis),
            "certainty": front.certainty?.words,
            "quiz": front.quiz,
            "draft": front.status != .published,
            "status": front.status.rawValue,
            "body": bodyHTML,
            "discussion": text(discussionHTML),
            "images": images(teachingCase),
            "hasAnnotatedImages": front.images.contains { !$0.annotations.isEmpty },
            "references": front.references.enumerated().map { reference($1, number: $0 + 1) },
            "hasReferences": !front.references.isEmpty,
            "authors": text(authors),
            "published": front.published?.description,
            "cite": cite,
            "collections": collections,
        ])
        if let license = text(license) {
            context["license"] = PageContext.context(["name": license, "url": licenseURL(license)])
        }
        if let report = text(site.report) {
            context["report"] = reportURL(report, slug: teachingCase.slug, title: front.title, canonical: canonical)
        }
        return context
    }

    static func images(_ teachingCase: TeachingCase) -> [[String: Any]] {
        teachingCase.frontMatter.images.enumerated().compactMap { index, image in
            guard let location = image.location else { return nil }
            var view = PageContext.context([
                "src": Escape.path(location.sitePath),
                "alt": image.alt,
                "caption": text(image.caption),
                "number": index + 1,
                "eager": index == 0,
                "annotations": image.annotations.enumerated().map { number, point in
                    PageContext.context([
                        "number": number + 1,
                        "label": text(point.label),
                        // Percentages from validated numbers in 0…1: safe inside a style attribute.
                        "left": percent(point.x),
                        "top": percent(point.y),
                    ])
                },
                "hasAnnotations": !image.annotations.isEmpty,
            ])
            if let size = ImageSize.read(contentsOf: location.sourcePath) {
                view["width"] = size.width
                view["height"] = size.height
            }
            return view
        }
    }

    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// A reference with links to its DOI and PubMed record when it names them.
    static func reference(_ text: String, number: Int) -> [String: Any] {
        var view: [String: Any] = ["text": text, "number": number]
        if let doi = token(after: ["https://doi.org/", "http://doi.org/", "doi:", "DOI:", "doi: ", "DOI: "], in: text) {
            view["doi"] = "https://doi.org/" + doi
        }
        if let pmid = token(after: ["PMID: ", "PMID:", "PMID "], in: text), pmid.allSatisfy(\.isNumber) {
            view["pubmed"] = "https://pubmed.ncbi.nlm.nih.gov/\(pmid)/"
        }
        return view
    }

    private static func token(after prefixes: [String], in text: String) -> String? {
        for prefix in prefixes {
            guard let range = text.range(of: prefix) else { continue }
            var value = String(text[range.upperBound...].prefix { !$0.isWhitespace })
            while let last = value.last, ".,;)".contains(last) { value.removeLast() }
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// Creative Commons licence ids (SPDX) to their deed pages.
    static func licenseURL(_ license: String) -> String? {
        let id = license.uppercased()
        if id == "CC0-1.0" { return "https://creativecommons.org/publicdomain/zero/1.0/" }
        guard id.hasPrefix("CC-BY") else { return nil }
        let parts = id.split(separator: "-")
        guard let version = parts.last, version.contains(".") else { return nil }
        let kinds = parts.dropFirst().dropLast().map { $0.lowercased() }.joined(separator: "-")
        return "https://creativecommons.org/licenses/\(kinds)/\(version)/"
    }

    /// A `mailto:` with the case named in the subject, or the report form's URL with the case as a parameter.
    static func reportURL(_ report: String, slug: String, title: String, canonical: String) -> String {
        if report.hasPrefix("http://") || report.hasPrefix("https://") {
            return report + (report.contains("?") ? "&" : "?") + "case=" + Escape.component(slug)
        }
        let address = report.hasPrefix("mailto:") ? String(report.dropFirst(7)) : report
        return "mailto:\(address)?subject=" + Escape.component("Report: \(title)") + "&body=" + Escape.component("Case: \(canonical)\n\n")
    }

    /// `emergency-medicine` → `Emergency medicine`.
    static func displayName(_ value: String) -> String {
        let spaced = value.replacingOccurrences(of: "-", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    static func ageWords(_ band: AgeBand) -> String {
        switch band.text {
        case "90+": "90 or over"
        case let text where text.hasSuffix("s"): "In their \(text)"
        case let text where text.contains("-"): text.replacingOccurrences(of: "-", with: "–")
        case let text: displayName(text)
        }
    }
}
