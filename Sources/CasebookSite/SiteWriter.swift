import CSystem
import CasebookModel
import CasebookRender
import Foundation

/// The write stage. The site is written to a staging folder beside the output, then swapped in with
/// one atomic exchange, so a build that fails at any point leaves the previous site byte-for-byte as
/// it was, and readers of the output never see half a site.
public enum SiteWriter {
    /// Writes `files` as the new contents of `output`. Returns the number of files written.
    @discardableResult
    public static func write(_ files: [SiteFile], to output: String, sourceRoot: String) throws(CasebookError) -> Int {
        let output = URL(fileURLWithPath: output).standardizedFileURL.path
        try checkOutputIsSafe(output, sourceRoot: URL(fileURLWithPath: sourceRoot).standardizedFileURL.path)
        let parent = (output as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw CasebookError(.io, "cannot create \(parent): \(error.localizedDescription)")
        }
        let staging = parent + "/." + (output as NSString).lastPathComponent + ".staging-\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try writeTree(files, into: staging)
            try swap(staging, into: output)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        return files.count
    }

    static func checkOutputIsSafe(_ output: String, sourceRoot: String) throws(CasebookError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw CasebookError(.io, "the output path \(output) is a file, not a folder; choose another --output")
        }
        let refuse = output == "/" || output == sourceRoot || (sourceRoot + "/").hasPrefix(output + "/")
            || FileManager.default.fileExists(atPath: output + "/casebook.yml")
            || FileManager.default.fileExists(atPath: output + "/content")
        if refuse {
            throw CasebookError(.io, "refusing to replace \(output): it holds sources, not a built site; choose another --output")
        }
    }

    private static func writeTree(_ files: [SiteFile], into root: String) throws(CasebookError) {
        var folders: Set<String> = [root]
        for file in files {
            var folder = (file.path as NSString).deletingLastPathComponent
            while !folder.isEmpty, folders.insert(root + "/" + folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        // Parents sort before their children.
        for folder in folders.sorted() where mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw CasebookError(.io, "cannot create \(folder): \(String(cString: strerror(errno)))")
        }
        _ = try files.concurrentMap { file throws(CasebookError) in
            let destination = root + "/" + file.path
            do {
                switch file.content {
                case .bytes(let data):
                    try data.write(to: URL(fileURLWithPath: destination))
                case .copy(let source):
                    try FileManager.default.copyItem(atPath: source, toPath: destination)
                }
            } catch {
                throw CasebookError(.io, "cannot write \(file.path): \(error.localizedDescription)")
            }
        }
    }

    private static func swap(_ staging: String, into output: String) throws(CasebookError) {
        guard FileManager.default.fileExists(atPath: output) else {
            guard rename(staging, output) == 0 else {
                throw CasebookError(.io, "cannot move the new site into \(output): \(String(cString: strerror(errno)))")
            }
            return
        }
        if casebook_exchange_paths(staging, output) == 0 {
            // `staging` now holds the previous site.
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        // No atomic exchange on this file system: two renames, the old site kept until the new one is in place.
        let previous = staging + "-previous"
        guard rename(output, previous) == 0 else {
            throw CasebookError(.io, "cannot replace \(output): \(String(cString: strerror(errno)))")
        }
        guard rename(staging, output) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(previous, output)
            throw CasebookError(.io, "cannot move the new site into \(output): \(reason)")
        }
        try? FileManager.default.removeItem(atPath: previous)
    }
}
