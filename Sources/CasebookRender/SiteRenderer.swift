import CasebookMarkdown
import CasebookModel
import Foundation

/// The render stage: every page, the sitemap, the Atom feed, theme assets and the images to copy.
/// Output depends only on the archive and theme (sorted everywhere, no clock), so the same sources
/// give the same bytes on every build.
public enum SiteRenderer {
    public static let latestCount = 12
    public static let feedCount = 20

    public static func render(_ archive: CaseArchive, theme: Theme) -> [SiteFile] {
        let site = archive.config
        let assets = fingerprintedAssets(theme.assets)
        let shared = SharedContext(site: site, assetPaths: assets.paths)

        // Newest first, then by slug: the order of every list of cases.
        let ordered = archive.cases.sorted { lhs, rhs in
            let l = lhs.frontMatter.published, r = rhs.frontMatter.published
            if l != r { return (l ?? PublicationDate("0001-01-01")!) > (r ?? PublicationDate("0001-01-01")!) }
            return lhs.slug < rhs.slug
        }
        let casesBySlug = Dictionary(uniqueKeysWithValues: archive.cases.map { ($0.slug, $0) })
        let titles = Dictionary(uniqueKeysWithValues: archive.cases.map { ($0.slug, $0.frontMatter.title) })
        let membership = collectionMembership(archive.collections, titles: titles)
        let tags = tagIndex(archive.cases)

        var files: [SiteFile] = assets.files
        let casePages = archive.cases.concurrentMap { teachingCase -> SiteFile in
            let body = Markdown.render(teachingCase.body, firstLine: teachingCase.bodyStartLine)
            let path = SitePath.teachingCase(teachingCase.slug)
            var context = shared.page(path: path, title: teachingCase.frontMatter.title, description: teachingCase.frontMatter.summary, type: "article")
            context["case"] = CaseView.page(teachingCase, body: body, site: site,
                                            collections: (membership[teachingCase.slug] ?? []).map(\.view))
            if let first = (context["case"] as? [String: Any])?["images"] as? [[String: Any]], let src = first.first?["src"] as? String {
                context["ogImage"] = site.baseURL + src
            }
            return SiteFile(path: SitePath.file(for: path), text: theme.render("case", context))
        }
        files += casePages

        var home = shared.page(path: SitePath.home, title: site.title, description: site.description, type: "website")
        home["latest"] = ordered.prefix(latestCount).map(CaseView.card)
        home["collections"] = archive.collections.map { collectionCard($0) }
        home["hasCollections"] = !archive.collections.isEmpty
        home["tags"] = tags.map { ["name": $0.tag.name, "path": SitePath.tag($0.tag.slug), "count": $0.cases.count] }
        home["caseCount"] = archive.cases.count
        files.append(SiteFile(path: SitePath.file(for: SitePath.home), text: theme.render("home", home)))

        let orderIndex = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.slug, $0) })
        // Every tag page sits at the same depth, so a case's card is the same HTML on each of them:
        // render it once with the theme's `case-card` partial and offer it as `html` beside the card's fields.
        let tagRoot = SitePath.root(from: SitePath.tag("x"))
        let cardHTML: [String: String] = theme.template("tag", uses: "html")
            ? Dictionary(uniqueKeysWithValues: zip(archive.cases.map(\.slug), archive.cases.concurrentMap { teachingCase in
                var card = CaseView.card(teachingCase)
                card["root"] = tagRoot
                return theme.render("case-card", card)
            }))
            : [:]
        let tagPages = tags.concurrentMap { entry -> SiteFile in
            let path = SitePath.tag(entry.tag.slug)
            var context = shared.page(path: path, title: "Tag: \(entry.tag.name)", description: "Teaching cases tagged \(entry.tag.name).", type: "website")
            context["tag"] = entry.tag.name
            context["count"] = entry.cases.count == 1 ? "1 case" : "\(entry.cases.count) cases"
            context["cases"] = entry.cases.sorted { orderIndex[$0]! < orderIndex[$1]! }.map { slug -> [String: Any] in
                var card = CaseView.card(casesBySlug[slug]!)
                card["html"] = cardHTML[slug]
                return card
            }
            return SiteFile(path: SitePath.file(for: path), text: theme.render("tag", context))
        }
        files += tagPages

        var tagList = shared.page(path: SitePath.tags, title: "Tags", description: "Every tag in \(site.title).", type: "website")
        tagList["tags"] = tags.map { ["name": $0.tag.name, "path": SitePath.tag($0.tag.slug), "count": $0.cases.count] }
        files.append(SiteFile(path: SitePath.file(for: SitePath.tags), text: theme.render("tags", tagList)))

        for collection in archive.collections {
            let path = SitePath.collection(collection.slug)
            var context = shared.page(path: path, title: collection.title, description: collection.summary, type: "website")
            var view = collectionCard(collection)
            view["intro"] = Markdown.render(collection.body, firstLine: collection.bodyStartLine).html
            view["cases"] = collection.cases.enumerated().map { index, entry in
                var card = CaseView.card(casesBySlug[entry.slug]!)
                card["position"] = index + 1
                return card
            }
            context["collection"] = view
            files.append(SiteFile(path: SitePath.file(for: path), text: theme.render("collection", context)))
        }
        var collectionList = shared.page(path: SitePath.collections, title: "Collections", description: "Curated teaching sets in \(site.title).", type: "website")
        collectionList["collections"] = archive.collections.map { collectionCard($0) }
        files.append(SiteFile(path: SitePath.file(for: SitePath.collections), text: theme.render("collections", collectionList)))

        // Hosts serve 404.html at any depth, so its links start from the site's absolute path.
        var notFound = shared.page(path: nil, title: "Page not found", description: "", type: "website")
        notFound["root"] = absolutePath(of: site.baseURL)
        notFound["assets"] = shared.assetLinks(root: absolutePath(of: site.baseURL))
        files.append(SiteFile(path: "404.html", text: theme.render("404", notFound)))

        files.append(SiteFile(path: "sitemap.xml", text: Feeds.sitemap(archive, tags: tags.map(\.tag))))
        files.append(SiteFile(path: "feed.xml", text: Feeds.atom(archive, newestFirst: Array(ordered.prefix(feedCount)))))
        files += imageFiles(archive)
        return files.sorted { $0.path < $1.path }
    }

    // MARK: Pieces

    struct SharedContext {
        let site: SiteConfig
        let assetPaths: [String: String]

        func assetLinks(root: String) -> [String: String] {
            assetPaths.mapValues { root + $0 }
        }

        /// The context every page shares. A page with no `path` (the 404 page) has no canonical
        /// address and asks search engines not to index it.
        func page(path: String?, title: String, description: String, type: String) -> [String: Any] {
            let root = SitePath.root(from: path ?? SitePath.home)
            return [
                "site": PageContext.context([
                    "title": PageContext.text(site.title),
                    "description": PageContext.text(site.description),
                    "language": site.language,
                    "license": PageContext.text(site.license),
                    "feed": site.baseURL + "feed.xml",
                ]),
                "page": PageContext.context([
                    "title": PageContext.text(title),
                    "description": PageContext.text(description),
                    "canonical": path.map { site.baseURL + $0 },
                    "noindex": path == nil,
                    "type": type,
                    "isHome": path == SitePath.home,
                ]),
                "root": root,
                "assets": assetLinks(root: root),
            ]
        }
    }

    static func collectionCard(_ collection: CaseCollection) -> [String: Any] {
        PageContext.context([
            "title": PageContext.text(collection.title), "summary": PageContext.text(collection.summary),
            "path": SitePath.collection(collection.slug), "count": collection.cases.count,
        ])
    }

    /// A case's place in a collection: which one, where, and its neighbours.
    struct CollectionPosition: Sendable {
        var collection: CaseCollection
        var index: Int
        var previous: (slug: String, title: String)?
        var next: (slug: String, title: String)?

        var view: [String: Any] {
            var view: [String: Any] = [
                "title": collection.title,
                "path": SitePath.collection(collection.slug),
                "position": index + 1,
                "count": collection.cases.count,
            ]
            if let previous { view["previous"] = ["title": previous.title, "path": SitePath.teachingCase(previous.slug)] }
            if let next { view["next"] = ["title": next.title, "path": SitePath.teachingCase(next.slug)] }
            return view
        }
    }

    /// For each case, the collections it is in, in collection order.
    static func collectionMembership(_ collections: [CaseCollection], titles: [String: String]) -> [String: [CollectionPosition]] {
        var membership: [String: [CollectionPosition]] = [:]
        for collection in collections {
            let slugs = collection.cases.map(\.slug)
            for (index, slug) in slugs.enumerated() {
                let previous = index > 0 ? (slugs[index - 1], titles[slugs[index - 1]] ?? "") : nil
                let next = index + 1 < slugs.count ? (slugs[index + 1], titles[slugs[index + 1]] ?? "") : nil
                membership[slug, default: []].append(CollectionPosition(collection: collection, index: index, previous: previous, next: next))
            }
        }
        return membership
    }

    struct TagEntry: Sendable {
        var tag: Tag
        var cases: [String]
    }

    /// Tags by slug; the first spelling (by case slug) names a tag written several ways.
    static func tagIndex(_ cases: [TeachingCase]) -> [TagEntry] {
        var entries: [String: TagEntry] = [:]
        for teachingCase in cases {
            for tag in Set(teachingCase.frontMatter.tags.map(\.slug)).sorted() {
                let spelling = teachingCase.frontMatter.tags.first { $0.slug == tag }!
                entries[tag, default: TagEntry(tag: spelling, cases: [])].cases.append(teachingCase.slug)
            }
        }
        return entries.values.sorted { $0.tag.slug < $1.tag.slug }
    }

    /// Theme assets below `assets/` get a content hash in their names so hosts can cache them forever.
    static func fingerprintedAssets(_ assets: [(path: String, contents: Data)]) -> (files: [SiteFile], paths: [String: String]) {
        var files: [SiteFile] = []
        var paths: [String: String] = [:]
        for asset in assets {
            var published = asset.path
            if asset.path.hasPrefix("assets/") {
                let name = asset.path as NSString
                let ext = name.pathExtension
                published = name.deletingPathExtension + "." + Fingerprint.hex(asset.contents) + (ext.isEmpty ? "" : "." + ext)
            }
            files.append(SiteFile(path: published, content: .bytes(asset.contents)))
            let key = (asset.path as NSString).lastPathComponent.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
            paths[key] = published
        }
        return (files, paths)
    }

    /// Every image a published case shows, copied to the same place below the site as below content/.
    static func imageFiles(_ archive: CaseArchive) -> [SiteFile] {
        var seen: Set<String> = []
        var files: [SiteFile] = []
        for teachingCase in archive.cases {
            for image in teachingCase.frontMatter.images {
                guard let location = image.location, seen.insert(location.sitePath).inserted else { continue }
                files.append(SiteFile(path: location.sitePath, content: .copy(from: location.sourcePath)))
            }
        }
        return files
    }

    /// `https://example.org/teaching/` → `/teaching/`.
    static func absolutePath(of baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }
}

/// A short content hash for asset file names (FNV-1a, 64 bits): for cache busting, not security.
enum Fingerprint {
    static func hex(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }
}
