/// Where each page of the site is, as a folder path below the site root ending in `/`
/// (`cases/<slug>/` is written as `cases/<slug>/index.html`). The home page is the empty path.
enum SitePath {
    static let home = ""
    static let tags = "tags/"
    static let collections = "collections/"
    static func teachingCase(_ slug: String) -> String { "cases/\(slug)/" }
    static func tag(_ slug: String) -> String { "tags/\(slug)/" }
    static func collection(_ slug: String) -> String { "collections/\(slug)/" }

    /// The file a page path is written to.
    static func file(for page: String) -> String { page + "index.html" }

    /// The prefix that leads from a page back to the site root: links are relative, so the site
    /// works from any host, at any sub-path, and opened straight from disk.
    static func root(from page: String) -> String {
        let depth = page.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }
}
