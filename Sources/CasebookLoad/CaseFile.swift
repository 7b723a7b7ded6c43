import CasebookModel
import Yams

/// Decodes one case file: front matter into `CaseFrontMatter`, with a finding for every problem.
enum CaseFile {
    static let knownKeys = [
        "title", "summary", "tags", "specialty", "system", "modality", "age", "sex", "diagnosis",
        "certainty", "authors", "author", "published", "status", "license", "consent", "quiz",
        "images", "references",
    ]
    static let requiredKeys = ["title", "summary", "tags"]
    static let imageKeys = ["file", "alt", "caption", "annotations"]
    static let annotationKeys = ["x", "y", "label"]

    /// The decoded case (nil when the front matter cannot be read at all) and the findings.
    static func decode(_ source: SourceText, slug: String, folder: String) -> (TeachingCase?, [Finding]) {
        let split: SplitDocument
        switch Result(catching: { () throws(FrontMatterSplitError) in try FrontMatter.split(source.text) }) {
        case .success(let document):
            split = document
        case .failure(.missingOpeningFence):
            return (nil, [Finding(ruleID: YAMLReader.syntaxRule, severity: .error,
                                  message: "The case has no front matter.",
                                  range: SourceRange(file: source.path, line: 1),
                                  hint: "Start the file with a line `---`, the YAML keys (title, summary, tags …), and another `---`.")])
        case .failure(.unterminated):
            return (nil, [Finding(ruleID: YAMLReader.syntaxRule, severity: .error,
                                  message: "The front matter opened here is never closed.",
                                  range: SourceRange(file: source.path, line: 1),
                                  hint: "End the front matter with a line containing only `---`.")])
        }

        var reader = YAMLReader(source: source, firstLine: split.yamlStartLine)
        guard let root = reader.rootMapping(of: split.yaml) else { return (nil, reader.findings) }
        var front = CaseFrontMatter()
        reader.forEachKey(in: root, known: knownKeys, path: "") { reader, key, node in
            switch key {
            case "title": front.title = reader.string(node, path: key) ?? ""
            case "summary": front.summary = reader.string(node, path: key) ?? ""
            case "tags":
                let names = reader.stringList(node, path: key) ?? []
                front.tags = names.map(Tag.init)
                for (index, tag) in front.tags.enumerated() where tag.slug.isEmpty {
                    reader.error("Tag \(index + 1) has no letters or digits, so it cannot have a page.", at: reader.range(of: node))
                }
            case "specialty": front.specialty = reader.string(node, path: key)
            case "system": front.system = reader.stringList(node, path: key) ?? []
            case "modality": front.modality = reader.stringList(node, path: key) ?? []
            case "age":
                guard let text = reader.string(node, path: key) else { break }
                front.age = AgeBand(text)
                if front.age == nil {
                    reader.error("`age` must be an age band, not an exact age.", at: reader.range(of: node),
                                 hint: "Use a decade (`60s`), a five-year band (`60-64`), `90+`, or one of \(AgeBand.stages.joined(separator: ", ")).")
                }
            case "sex": front.sex = reader.choice(node, path: key, as: Sex.self)
            case "diagnosis": front.diagnosis = reader.string(node, path: key)
            case "certainty": front.certainty = reader.choice(node, path: key, as: Certainty.self)
            case "authors", "author":
                if case .scalar = node, let name = reader.string(node, path: key) {
                    front.authors.append(name)
                } else {
                    front.authors += reader.stringList(node, path: key) ?? []
                }
            case "published":
                guard let text = reader.string(node, path: key) else { break }
                front.published = PublicationDate(text)
                if front.published == nil {
                    reader.error("`published` must be a date written YYYY-MM-DD.", at: reader.range(of: node))
                }
            case "status": front.status = reader.choice(node, path: key, as: CaseStatus.self) ?? .draft
            case "license": front.license = reader.string(node, path: key)
            case "consent": front.consent = reader.choice(node, path: key, as: Consent.self)
            case "quiz": front.quiz = reader.bool(node, path: key) ?? false
            case "images": front.images = images(node, reader: &reader)
            case "references": front.references = reader.stringList(node, path: key) ?? []
            default: break
            }
        }
        reader.require(requiredKeys, in: root, at: nil, what: "the case's front matter")
        if let tagsNode = root["tags"], case .sequence(let sequence) = tagsNode, sequence.isEmpty {
            reader.error("A case needs at least one tag.", at: reader.range(of: tagsNode), hint: "e.g. `tags: [pneumothorax, chest-x-ray]`")
        }
        front.values = reader.values
        let teachingCase = TeachingCase(slug: slug, displayPath: source.path, folder: folder, frontMatter: front,
                                        body: split.body, bodyStartLine: split.bodyStartLine, source: source)
        return (teachingCase, reader.findings)
    }

    private static func images(_ node: Node, reader: inout YAMLReader) -> [CaseImage] {
        var images: [CaseImage] = []
        reader.mappings(node, path: "images") { reader, mapping, index, mark in
            let path = "images[\(index)]"
            var file: String?, fileRange: SourceRange?, alt: String?, caption: String?
            var annotations: [Annotation] = []
            reader.forEachKey(in: mapping, known: imageKeys, path: path) { reader, key, value in
                switch key {
                case "file":
                    file = reader.string(value, path: "\(path).file")
                    fileRange = reader.range(of: value)
                case "alt": alt = reader.string(value, path: "\(path).alt")
                case "caption": caption = reader.string(value, path: "\(path).caption")
                case "annotations":
                    reader.mappings(value, path: "\(path).annotations") { reader, point, pointIndex, pointMark in
                        let pointPath = "\(path).annotations[\(pointIndex)]"
                        var x: Double?, y: Double?, label: String?
                        reader.forEachKey(in: point, known: annotationKeys, path: pointPath) { reader, key, value in
                            switch key {
                            case "x": x = reader.number(value, path: "\(pointPath).x", in: 0...1)
                            case "y": y = reader.number(value, path: "\(pointPath).y", in: 0...1)
                            default: label = reader.string(value, path: "\(pointPath).label")
                            }
                        }
                        reader.require(annotationKeys, in: point, at: pointMark, what: "an annotation")
                        if let x, let y, let label { annotations.append(Annotation(x: x, y: y, label: label)) }
                    }
                default: break
                }
            }
            reader.require(["file", "alt"], in: mapping, at: mark, what: "an image")
            if let file, let alt, let fileRange {
                images.append(CaseImage(file: file, alt: alt, caption: caption, annotations: annotations, range: fileRange))
            }
        }
        return images
    }
}
