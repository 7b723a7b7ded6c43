import CasebookModel
import Foundation

/// What loading a source folder produced: the archive to render, every finding so far, and what was left out.
public struct LoadedArchive: Sendable {
    public var archive: CaseArchive
    public var findings: [Finding]
    /// Slugs of cases not published because their status is `draft` or `review`.
    public var skippedDrafts: [String]
}

/// The load stage: reads `casebook.yml`, `content/cases` and `content/collections` of a source folder.
public enum ArchiveLoader {
    public static let slugRule: RuleID = "content.slug"
    public static let duplicateSlugRule: RuleID = "content.duplicate-slug"
    public static let missingImageRule: RuleID = "content.missing-image"
    public static let unknownCaseRule: RuleID = "content.unknown-case"
    public static let layoutRule: RuleID = "content.layout"

    public struct Options: Sendable {
        public var includeDrafts: Bool
        public var baseURL: String?

        public init(includeDrafts: Bool = false, baseURL: String? = nil) {
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
        }
    }

    public static func load(from sourceRoot: String, options: Options = Options()) throws(CasebookError) -> LoadedArchive {
        let root = URL(fileURLWithPath: sourceRoot).standardizedFileURL.path
        let paths = DisplayPaths()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CasebookError(.usage, "the source folder \(paths.display(root)) does not exist")
        }
        let configPath = root + "/" + ConfigFile.name
        guard FileManager.default.fileExists(atPath: configPath) else {
            throw CasebookError(.configuration, "no \(ConfigFile.name) in \(paths.display(root)): is this a casebook collection? (`casebook init DIR` creates one)")
        }
        var findings: [Finding] = []
        let config: SiteConfig
        switch try SourceFileReader.read(path: configPath, displayPath: paths.display(configPath)) {
        case .text(let text):
            let decoded = try ConfigFile.decode(text, baseURLOverride: options.baseURL)
            config = decoded.0
            findings += decoded.1
        case .rejected(let finding):
            throw CasebookError(.configuration, finding.message, at: finding.range)
        }

        let contentRoot = root + "/content"
        let (caseFiles, layoutFindings) = try discoverCases(in: contentRoot + "/cases", paths: paths)
        findings += layoutFindings
        let decoded = try caseFiles.concurrentMap { file throws(CasebookError) -> (TeachingCase?, [Finding]) in
            switch try SourceFileReader.read(path: file.path, displayPath: paths.display(file.path)) {
            case .text(let text): return CaseFile.decode(text, slug: file.slug, folder: file.folder)
            case .rejected(let finding): return (nil, [finding])
            }
        }
        var cases: [TeachingCase] = []
        var skippedDrafts: [String] = []
        var firstFileForSlug: [String: String] = [:]
        for (file, (teachingCase, caseFindings)) in zip(caseFiles, decoded) {
            findings += caseFindings
            let display = paths.display(file.path)
            if !Slug.isValid(file.slug) {
                findings.append(Finding(ruleID: slugRule, severity: .error,
                                        message: "The name `\(file.slug)` cannot be a page address.",
                                        range: SourceRange(file: display, line: 1),
                                        hint: "Rename the file using lowercase letters, digits and hyphens only, e.g. `\(Slug.make(from: file.slug)).md`."))
                continue
            }
            if let first = firstFileForSlug[file.slug] {
                findings.append(Finding(ruleID: duplicateSlugRule, severity: .error,
                                        message: "Two cases would be published at cases/\(file.slug)/: \(first) and \(display).",
                                        range: SourceRange(file: display, line: 1),
                                        hint: "Rename one of them; a case's address comes from its file or folder name."))
                continue
            }
            firstFileForSlug[file.slug] = display
            guard var teachingCase else { continue }
            if teachingCase.frontMatter.status != .published, !options.includeDrafts {
                skippedDrafts.append(teachingCase.slug)
                continue
            }
            findings += locateImages(&teachingCase, contentRoot: contentRoot)
            cases.append(teachingCase)
        }

        let (collections, collectionFindings) = try loadCollections(
            in: contentRoot + "/collections", paths: paths,
            published: Set(cases.map(\.slug)), drafts: Set(skippedDrafts))
        findings += collectionFindings
        let archive = CaseArchive(config: config, sourceRoot: root, cases: cases.sorted { $0.slug < $1.slug }, collections: collections)
        return LoadedArchive(archive: archive, findings: findings.sorted(), skippedDrafts: skippedDrafts.sorted())
    }

    // MARK: Cases

    struct CaseFileLocation: Sendable {
        var slug: String
        var path: String
        var folder: String
    }

    /// `content/cases/*.md` and `content/cases/<slug>/index.md`, sorted by path.
    static func discoverCases(in folder: String, paths: DisplayPaths) throws(CasebookError) -> ([CaseFileLocation], [Finding]) {
        guard FileManager.default.fileExists(atPath: folder) else { return ([], []) }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw CasebookError(.io, "cannot list \(paths.display(folder)): \(error.localizedDescription)")
        }
        var files: [CaseFileLocation] = []
        var findings: [Finding] = []
        for entry in entries {
            let path = folder + "/" + entry
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                let index = path + "/index.md"
                if FileManager.default.fileExists(atPath: index) {
                    files.append(CaseFileLocation(slug: entry, path: index, folder: path))
                } else if let stray = (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted().first(where: { $0.hasSuffix(".md") }) {
                    findings.append(Finding(ruleID: layoutRule, severity: .warning,
                                            message: "The folder has Markdown (\(stray)) but no index.md, so it is not published as a case.",
                                            range: SourceRange(file: paths.display(path + "/" + stray), line: 1),
                                            hint: "Rename the case file to index.md, or move it up to content/cases/."))
                }
            } else if entry.hasSuffix(".md") {
                files.append(CaseFileLocation(slug: String(entry.dropLast(3)), path: path, folder: folder))
            }
        }
        return (files, findings)
    }

    /// Resolves each image of the case once, recording where it is for the renderer, and reports those
    /// that are missing, outside content/ or not an image.
    static func locateImages(_ teachingCase: inout TeachingCase, contentRoot: String) -> [Finding] {
        let folder = teachingCase.folder
        return teachingCase.frontMatter.images.indices.compactMap { index in
            let image = teachingCase.frontMatter.images[index]
            switch ImageLocation.resolve(image.file, caseFolder: folder, contentRoot: contentRoot) {
            case .success(let location):
                teachingCase.frontMatter.images[index].location = location
                return nil
            case .failure(.missing):
                return Finding(ruleID: missingImageRule, severity: .error, message: "The image `\(image.file)` does not exist.",
                               range: image.range,
                               hint: "Paths are relative to the case's folder, or to content/ when they start with `/`.")
            case .failure(.escapesContent):
                return Finding(ruleID: missingImageRule, severity: .error, message: "The image path `\(image.file)` leads outside content/.",
                               range: image.range, hint: "Keep images inside content/ (beside the case, or in content/images/).")
            case .failure(.notAnImage(let ext)):
                return Finding(ruleID: missingImageRule, severity: .error,
                               message: "`\(image.file)` is not an image type casebook publishes (.\(ext)).", range: image.range,
                               hint: "Use one of: \(ImageLocation.allowedExtensions.sorted().joined(separator: ", ")). Convert DICOM to PNG first.")
            }
        }
    }

    // MARK: Collections

    static func loadCollections(in folder: String, paths: DisplayPaths, published: Set<String>, drafts: Set<String>) throws(CasebookError) -> ([CaseCollection], [Finding]) {
        guard FileManager.default.fileExists(atPath: folder) else { return ([], []) }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw CasebookError(.io, "cannot list \(paths.display(folder)): \(error.localizedDescription)")
        }
        var collections: [CaseCollection] = []
        var findings: [Finding] = []
        for entry in entries {
            let path = folder + "/" + entry
            let slug = String(entry.dropLast(3))
            guard case .text(let text) = try SourceFileReader.read(path: path, displayPath: paths.display(path)) else {
                if case .rejected(let finding) = try SourceFileReader.read(path: path, displayPath: paths.display(path)) { findings.append(finding) }
                continue
            }
            let (decoded, collectionFindings) = CollectionFile.decode(text, slug: slug)
            findings += collectionFindings
            guard var collection = decoded else { continue }
            if !Slug.isValid(slug) {
                findings.append(Finding(ruleID: slugRule, severity: .error, message: "The name `\(slug)` cannot be a page address.",
                                        range: SourceRange(file: text.path, line: 1), hint: "Rename the file using lowercase letters, digits and hyphens only."))
                continue
            }
            var seen: Set<String> = []
            collection.cases = collection.cases.filter { entry in
                if !seen.insert(entry.slug).inserted {
                    findings.append(Finding(ruleID: unknownCaseRule, severity: .error, message: "The case `\(entry.slug)` is listed twice.",
                                            range: entry.range, hint: "List each case once."))
                    return false
                }
                if drafts.contains(entry.slug) {
                    findings.append(Finding(ruleID: unknownCaseRule, severity: .warning,
                                            message: "The case `\(entry.slug)` is a draft, so it is left out of this collection.",
                                            range: entry.range, hint: "Publish the case (`status: published`) or build with --drafts."))
                    return false
                }
                if !published.contains(entry.slug) {
                    findings.append(Finding(ruleID: unknownCaseRule, severity: .error, message: "No case is called `\(entry.slug)`.",
                                            range: entry.range, hint: "Use the case's file or folder name under content/cases/."))
                    return false
                }
                return true
            }
            collections.append(collection)
        }
        return (collections, findings)
    }
}

/// Shows paths relative to the current directory when they are below it, as compilers do.
struct DisplayPaths: Sendable {
    let currentDirectory = FileManager.default.currentDirectoryPath

    func display(_ path: String) -> String {
        let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
