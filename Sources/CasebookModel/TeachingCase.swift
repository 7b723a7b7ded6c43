/// One teaching case: a Markdown file with YAML front matter.
/// (`case` is a Swift keyword, hence the name; docs and the command line say "case".)
public struct TeachingCase: Sendable {
    /// The URL segment: the file name without `.md`, or the folder name for `<slug>/index.md`.
    public var slug: String
    /// The file's path as shown in findings (relative to the current directory where possible).
    public var displayPath: String
    /// The folder the case's images are resolved against (absolute path).
    public var folder: String
    public var frontMatter: CaseFrontMatter
    /// The Markdown after the front matter.
    public var body: String
    /// The 1-based file line on which `body` starts.
    public var bodyStartLine: Int
    /// The whole file as read, which the privacy checks scan (front matter and body).
    public var source: SourceText

    public init(slug: String, displayPath: String, folder: String, frontMatter: CaseFrontMatter, body: String, bodyStartLine: Int, source: SourceText) {
        self.slug = slug
        self.displayPath = displayPath
        self.folder = folder
        self.frontMatter = frontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.source = source
    }
}

/// A front-matter scalar with the path of keys that leads to it and where it is, so later checks
/// can scan every value and point at it exactly (`images[0].caption`).
public struct FrontMatterValue: Sendable, Hashable {
    public var keyPath: String
    public var text: String
    public var range: SourceRange

    public init(keyPath: String, text: String, range: SourceRange) {
        self.keyPath = keyPath
        self.text = text
        self.range = range
    }
}

/// The decoded front matter of a case (see PRODUCT.md, "Case front matter").
public struct CaseFrontMatter: Sendable {
    public var title: String = ""
    public var summary: String = ""
    public var tags: [Tag] = []
    public var specialty: String?
    public var system: [String] = []
    public var modality: [String] = []
    public var age: AgeBand?
    public var sex: Sex?
    public var diagnosis: String?
    public var certainty: Certainty?
    public var authors: [String] = []
    public var published: PublicationDate?
    public var status: CaseStatus = .published
    public var license: String?
    public var consent: Consent?
    public var quiz: Bool = false
    public var images: [CaseImage] = []
    public var references: [String] = []
    /// Every scalar in the front matter, in file order, including unknown keys.
    public var values: [FrontMatterValue] = []

    public init() {}
}

/// An image shown on a case page.
public struct CaseImage: Sendable, Hashable {
    /// The path as written in front matter: relative to the case's folder, or to `content/` when it starts with `/`.
    public var file: String
    public var alt: String
    public var caption: String?
    public var annotations: [Annotation]
    /// Where `file` is written, for findings about the image.
    public var range: SourceRange
    /// Where the file is on disk and where it is published; set once by the loader when `file` resolves
    /// (`nil` means it did not, and the loader reported why).
    public var location: ImageLocation?

    public init(file: String, alt: String, caption: String? = nil, annotations: [Annotation] = [], range: SourceRange, location: ImageLocation? = nil) {
        self.file = file
        self.alt = alt
        self.caption = caption
        self.annotations = annotations
        self.range = range
        self.location = location
    }
}

/// A labelled point on an image, in coordinates relative to its width and height (0…1).
public struct Annotation: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var label: String

    public init(x: Double, y: Double, label: String) {
        self.x = x
        self.y = y
        self.label = label
    }
}
