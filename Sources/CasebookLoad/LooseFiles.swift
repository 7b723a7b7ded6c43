import CasebookModel
import Foundation

/// Markdown files named on the command line (`casebook check notes/ case.md`), outside a site root:
/// read and decoded like cases (or, in a `collections` folder, like collections), so front-matter
/// problems and privacy findings are both reported.
public struct LoadedFiles: Sendable {
    public var sources: [SourceText]
    public var findings: [Finding]
}

public enum LooseFiles {
    /// Reads every `.md` file named or below the folders named, sorted by path.
    public static func load(_ paths: [String]) throws(CasebookError) -> LoadedFiles {
        let display = DisplayPaths()
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CasebookError(.usage, "no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                guard let enumerator = FileManager.default.enumerator(atPath: path) else { throw CasebookError(.io, "cannot list \(path)") }
                while let relative = enumerator.nextObject() as? String {
                    if relative.hasSuffix(".md"), !(relative as NSString).lastPathComponent.hasPrefix(".") {
                        files.append(URL(fileURLWithPath: path + "/" + relative).standardizedFileURL.path)
                    }
                }
            } else {
                files.append(URL(fileURLWithPath: path).standardizedFileURL.path)
            }
        }
        var sources: [SourceText] = []
        var findings: [Finding] = []
        for file in Set(files).sorted() {
            switch try SourceFileReader.read(path: file, displayPath: display.display(file)) {
            case .rejected(let finding):
                findings.append(finding)
            case .text(let text):
                if text.text.hasPrefix("---") {
                    let folder = (file as NSString).deletingLastPathComponent
                    let slug = (file as NSString).lastPathComponent == "index.md"
                        ? (folder as NSString).lastPathComponent
                        : ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                    // `casebook check content/`: files in a `collections` folder are collections, not cases.
                    if (folder as NSString).lastPathComponent == "collections" {
                        findings += CollectionFile.decode(text, slug: slug).1
                    } else {
                        findings += CaseFile.decode(text, slug: slug, folder: folder).1
                    }
                }
                sources.append(text)
            }
        }
        return LoadedFiles(sources: sources, findings: findings)
    }
}
