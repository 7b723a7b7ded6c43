/// A curated, ordered teaching set (`content/collections/<slug>.md`).
public struct CaseCollection: Sendable {
    public var slug: String
    public var displayPath: String
    public var title: String
    public var summary: String
    /// The case slugs in teaching order, each with where it is written.
    public var cases: [(slug: String, range: SourceRange)]
    public var body: String
    public var bodyStartLine: Int
    /// Every scalar in the front matter, in file order.
    public var values: [FrontMatterValue]
    /// The whole file as read, which the privacy checks scan.
    public var source: SourceText?

    public init(slug: String, displayPath: String, title: String, summary: String, cases: [(slug: String, range: SourceRange)], body: String, bodyStartLine: Int, values: [FrontMatterValue] = [], source: SourceText? = nil) {
        self.source = source
        self.slug = slug
        self.displayPath = displayPath
        self.title = title
        self.summary = summary
        self.cases = cases
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.values = values
    }
}
