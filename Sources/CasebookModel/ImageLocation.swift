import Foundation

/// Where an image referenced by a case is on disk and where it is published.
/// A path is relative to the case's folder, or to `content/` when it starts with `/`; a relative path
/// not found beside the case is looked up below `content/` (shared images). It must stay inside
/// `content/` (symbolic links are followed before that is checked) and be an image type.
public struct ImageLocation: Sendable, Hashable {
    /// Absolute path of the file to copy.
    public var sourcePath: String
    /// Path below the site root (`cases/<slug>/ecg.svg`, `images/cxr.png`), mirroring `content/`.
    public var sitePath: String

    public static let allowedExtensions: Set<String> = ["avif", "gif", "jpeg", "jpg", "png", "svg", "webp"]

    public enum Problem: Error, Equatable, Sendable {
        case notAnImage(String)
        case escapesContent
        case missing
    }

    public static func resolve(_ file: String, caseFolder: String, contentRoot: String) -> Result<ImageLocation, Problem> {
        let ext = (file as NSString).pathExtension.lowercased()
        guard allowedExtensions.contains(ext) else { return .failure(.notAnImage(ext)) }
        let content = URL(fileURLWithPath: contentRoot).standardizedFileURL.resolvingSymlinksInPath().path
        let candidates: [String] = file.hasPrefix("/")
            ? [contentRoot + file]
            : [caseFolder + "/" + file, contentRoot + "/" + file]
        var escaped = false
        for candidate in candidates {
            let resolved = URL(fileURLWithPath: candidate).standardizedFileURL.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(content + "/") else {
                escaped = true
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue {
                return .success(ImageLocation(sourcePath: resolved, sitePath: String(resolved.dropFirst(content.count + 1))))
            }
        }
        return .failure(escaped ? .escapesContent : .missing)
    }
}
