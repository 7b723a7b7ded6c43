/// `casebook.yml`: what the whole site is.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String
    /// Absolute URL of the site root, always ending in `/` (`https://cases.example.org/teaching/`).
    public var baseURL: String
    public var language: String
    /// The default licence of every case (a case may set its own).
    public var license: String?
    /// Where readers report a problem with a case: an e-mail address or a URL.
    public var report: String?
    /// Severity changes and allowed terms for rules.
    public var rules: RuleSettings = RuleSettings()

    public init(title: String, description: String = "", baseURL: String, language: String = "en", license: String? = nil, report: String? = nil) {
        self.title = title
        self.description = description
        self.baseURL = SiteConfig.normalizedBaseURL(baseURL)
        self.language = language
        self.license = license
        self.report = report
    }

    public static func normalizedBaseURL(_ url: String) -> String {
        url.hasSuffix("/") ? url : url + "/"
    }
}

/// Everything loaded from a collection's source folder: the input of check, render and index.
public struct CaseArchive: Sendable {
    public var config: SiteConfig
    /// Absolute path of the source folder (holding `casebook.yml`, `content/`, `Templates/`).
    public var sourceRoot: String
    /// Cases to publish, sorted by slug.
    public var cases: [TeachingCase]
    /// Collections, sorted by slug.
    public var collections: [CaseCollection]

    public init(config: SiteConfig, sourceRoot: String, cases: [TeachingCase], collections: [CaseCollection]) {
        self.config = config
        self.sourceRoot = sourceRoot
        self.cases = cases
        self.collections = collections
    }

    public var contentRoot: String { sourceRoot + "/content" }
}
