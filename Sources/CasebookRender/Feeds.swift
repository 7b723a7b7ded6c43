import CasebookModel

/// `sitemap.xml` and the Atom feed `feed.xml`.
enum Feeds {
    static func sitemap(_ archive: CaseArchive, tags: [Tag]) -> String {
        let base = archive.config.baseURL
        var entries: [(path: String, lastModified: String?)] = [(SitePath.home, nil), (SitePath.tags, nil), (SitePath.collections, nil)]
        entries += archive.cases.map { (SitePath.teachingCase($0.slug), $0.frontMatter.published?.description) }
        entries += tags.map { (SitePath.tag($0.slug), nil) }
        entries += archive.collections.map { (SitePath.collection($0.slug), nil) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            xml += "  <url><loc>\(Escape.xml(base + entry.path))</loc>"
            if let lastModified = entry.lastModified { xml += "<lastmod>\(lastModified)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// The newest cases. `updated` is the newest publication date, never the build time.
    static func atom(_ archive: CaseArchive, newestFirst cases: [TeachingCase]) -> String {
        let site = archive.config
        let updated = cases.compactMap(\.frontMatter.published).max()?.timestamp ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escape.xml(site.language))">
          <title>\(Escape.xml(site.title))</title>
          <id>\(Escape.xml(site.baseURL))</id>
          <link href="\(Escape.xml(site.baseURL))"/>
          <link rel="self" href="\(Escape.xml(site.baseURL + "feed.xml"))"/>
          <updated>\(updated)</updated>

        """
        if !site.description.isEmpty { xml += "  <subtitle>\(Escape.xml(site.description))</subtitle>\n" }
        for teachingCase in cases {
            let front = teachingCase.frontMatter
            let url = site.baseURL + SitePath.teachingCase(teachingCase.slug)
            xml += "  <entry>\n"
            xml += "    <title>\(Escape.xml(front.title))</title>\n"
            xml += "    <id>\(Escape.xml(url))</id>\n"
            xml += "    <link href=\"\(Escape.xml(url))\"/>\n"
            xml += "    <updated>\(front.published?.timestamp ?? updated)</updated>\n"
            let authors = front.authors.isEmpty ? [site.title] : front.authors
            for author in authors { xml += "    <author><name>\(Escape.xml(author))</name></author>\n" }
            for tag in front.tags { xml += "    <category term=\"\(Escape.xml(tag.slug))\" label=\"\(Escape.xml(tag.name))\"/>\n" }
            xml += "    <summary>\(Escape.xml(front.summary))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
