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
        // Folders are made level by level (parents first), each level on all cores.
        let levels = Dictionary(grouping: folders) { $0.split(separator: "/").count }
        for depth in levels.keys.sorted() {
            _ = try levels[depth]!.sorted().concurrentMap { folder throws(CasebookError) in
                guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
                    throw CasebookError(.io, "cannot create \(folder): \(String(cString: strerror(errno)))")
                }
            }
        }
        _ = try files.concurrentMap { file throws(CasebookError) in
            let destination = root + "/" + file.path
            let data: Data
            switch file.content {
            case .bytes(let bytes):
                data = bytes
            case .copy(let source):
                guard let bytes = FileManager.default.contents(atPath: source) else {
                    throw CasebookError(.io, "cannot read \(source) to publish it as \(file.path)")
                }
                data = bytes
            }
            try writeFile(data, to: destination, displayPath: file.path)
        }
    }

    /// A plain write. Foundation's `Data.write` also calls fsync for every file, which made writing
    /// 10,000 pages several times slower; durability comes from the atomic swap of the whole folder.
    static func writeFile(_ data: Data, to path: String, displayPath: String) throws(CasebookError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CasebookError(.io, "cannot write \(displayPath): \(String(cString: strerror(errno)))")
        }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            throw CasebookError(.io, "cannot write \(displayPath): \(String(cString: strerror(failure)))")
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
            removeTree(staging)
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
        removeTree(previous)
    }

    /// Deletes a folder tree, its subfolders in parallel (a site has thousands of small folders).
    static func removeTree(_ root: String) {
        let children = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let grandchildren = children.flatMap { child in
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + child)) ?? []).map { root + "/" + child + "/" + $0 }
        }
        _ = grandchildren.concurrentMap { path in try? FileManager.default.removeItem(atPath: path) }
        try? FileManager.default.removeItem(atPath: root)
    }
}
