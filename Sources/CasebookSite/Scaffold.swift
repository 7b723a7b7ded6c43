import CasebookModel
import CasebookRender
import Foundation

/// `casebook init` and `casebook new case`: files that get an author started.
public enum Scaffold {
    /// Creates a working collection in `folder`: config, the default templates, one example case.
    /// Returns the files written, relative to `folder`.
    @discardableResult
    public static func initCollection(at folder: String, title: String = "Teaching cases") throws(CasebookError) -> [String] {
        if FileManager.default.fileExists(atPath: folder + "/casebook.yml") {
            throw CasebookError(.usage, "\(folder) already holds a collection (casebook.yml exists)")
        }
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: folder), entries.contains(where: { !$0.hasPrefix(".") }) {
            throw CasebookError(.usage, "\(folder) is not empty; choose a new or empty folder")
        }
        var files: [(String, Data)] = [
            ("casebook.yml", Data(config(title: title).utf8)),
            (".gitignore", Data("site/\n".utf8)),
            ("content/cases/example-case.md", Data(exampleCase.utf8)),
            ("content/images/.gitkeep", Data()),
        ]
        files += DefaultTheme.files.map { ("Templates/" + $0.path, $0.contents) }
        for (path, data) in files {
            try write(data, to: folder + "/" + path)
        }
        return files.map(\.0)
    }

    /// Writes a new draft case with every front-matter field and a privacy checklist.
    /// Returns the path written.
    public static func newCase(title: String, in sourceRoot: String, bundle: Bool, today: PublicationDate) throws(CasebookError) -> String {
        let slug = Slug.make(from: title)
        guard !slug.isEmpty else { throw CasebookError(.usage, "the title needs letters or digits to make a page address from") }
        let cases = sourceRoot + "/content/cases"
        let path = bundle ? "\(cases)/\(slug)/index.md" : "\(cases)/\(slug).md"
        for existing in ["\(cases)/\(slug).md", "\(cases)/\(slug)/index.md"] where FileManager.default.fileExists(atPath: existing) {
            throw CasebookError(.usage, "a case called \(slug) already exists: \(existing)")
        }
        try write(Data(caseTemplate(title: title, today: today).utf8), to: path)
        return path
    }

    static func write(_ data: Data, to path: String) throws(CasebookError) {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw CasebookError(.io, "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 { escaped += "\\x" + String(format: "%02X", scalar.value) } else { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped + "\""
    }

    static func config(title: String) -> String {
        """
        # casebook site settings. See `casebook --help`.
        title: \(quoted(title))
        description: Teaching cases for health professionals.
        # The address the site is published at; canonical links, the feed and the sitemap use it.
        base_url: https://cases.example.org/
        language: en
        # Default licence of every case (SPDX id); a case may set its own `license`.
        license: CC-BY-NC-SA-4.0
        # Where readers report a problem with a case: an e-mail address or a web form's URL.
        report: editors@example.org

        """
    }

    static func caseTemplate(title: String, today: PublicationDate) -> String {
        """
        ---
        # Privacy checklist: publish nothing that could identify the patient.
        # [ ] No names or initials of the patient, relatives or staff.
        # [ ] No dates more specific than a year (birth, admission, study): say "on day 3".
        # [ ] Age as a band (60s, 60-64); 90+ for anyone older than 89.
        # [ ] No towns, addresses, hospitals, wards, postal codes, phone numbers or e-mails.
        # [ ] No record, insurance, device or vehicle numbers; no IP addresses or personal links.
        # [ ] Images: cropped of names and dates, metadata removed, faces only with consent.
        title: \(quoted(title))
        summary: One or two sentences for lists, search results and link previews.
        tags: [example-tag]          # at least one; lowercase-with-hyphens
        specialty: emergency-medicine
        system: [chest]
        modality: [X-ray]
        age: 60s                     # a band: 0s…80s, 60-64, 90+, neonate, infant, child, adolescent
        sex: not-stated              # female | male | other | not-stated
        diagnosis: ""
        certainty: probable          # possible | probable | almost-certain | certain
        authors: []
        published: \(today)
        status: draft                # draft | review | published: only published cases are built
        license: CC-BY-NC-SA-4.0
        consent: not-required        # obtained | not-required: required when an image shows a face
        quiz: false                  # true hides the diagnosis and the "## Discussion" section behind a reveal
        images: []
        #  - file: image.png         # beside this file, or /images/… for content/images/
        #    alt: What the image shows, for readers who cannot see it.
        #    caption: …
        #    annotations: [{x: 0.5, y: 0.5, label: Finding}]
        references: []
        ---

        ## Presentation

        ## Investigations

        ## Management

        ## Discussion

        ## Learning points

        """
    }

    static let exampleCase = """
    ---
    title: Example — spontaneous pneumothorax in a tall young adult
    summary: Sudden pleuritic chest pain and breathlessness with a visible pleural line on the chest radiograph.
    tags: [pneumothorax, chest-x-ray]
    specialty: emergency-medicine
    system: [chest]
    modality: [X-ray]
    age: 20s
    sex: male
    diagnosis: Primary spontaneous pneumothorax
    certainty: certain
    authors: [Casebook Editorial Team]
    published: 2026-01-15
    status: published
    consent: not-required
    references:
      - "Roberts ME, Rahman NM, Maskell NA, et al. British Thoracic Society Guideline for pleural disease. Thorax. 2023;78(Suppl 3):s1-s42."
    ---

    ## Presentation

    A man in his 20s, a non-smoker, noticed sudden right-sided pleuritic pain while at rest, followed by mild breathlessness.

    ## Learning points

    - Look for the visceral pleural line and absent lung markings beyond it.
    - Conservative management is an option for a minimally symptomatic primary pneumothorax.

    """
}
