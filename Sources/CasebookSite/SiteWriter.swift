import CSystem
import CasebookModel
import CasebookRender
import Foundation

/// The write stage. The new site is prepared in a staging folder beside the output, then swapped in
/// with one atomic exchange, so a build that fails at any point leaves the previous site byte-for-byte
/// as it was, and readers of the output never see half a site.
///
/// After the exchange the staging folder holds the previous site. It is kept (one hidden sibling,
/// `.<output>.casebook-staging`) and reconciled into the next build's site: folders are reused, files
/// whose bytes have not changed are not rewritten (their modification times survive, which helps
/// deploy tools that sync by time), and files the new site no longer has are removed. Creating and
/// deleting ten thousand folders on every build cost more than rendering them.
public enum SiteWriter {
    /// Writes `files` as the new contents of `output`. Returns the number of files in the site.
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
        let staging = stagingPath(for: output)
        try reconcile(staging, with: files)
        try swap(staging, into: output)
        return files.count
    }

    /// The hidden sibling a site is prepared in (and the previous site kept in).
    public static func stagingPath(for output: String) -> String {
        let output = URL(fileURLWithPath: output).standardizedFileURL.path
        return (output as NSString).deletingLastPathComponent + "/." + (output as NSString).lastPathComponent + ".casebook-staging"
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

    // MARK: Preparing the staging folder

    /// Makes `root` hold exactly `files`, whatever it held before (nothing, the previous site, or
    /// what a failed build left).
    static func reconcile(_ root: String, with files: [SiteFile]) throws(CasebookError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), !isDirectory.boolValue {
            try? FileManager.default.removeItem(atPath: root)
        }
        var tree = Tree(scanning: root)
        var folders: Set<String> = [""]
        for file in files {
            var folder = (file.path as NSString).deletingLastPathComponent
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        let wanted = Set(files.map(\.path))
        // Whatever stands where the new site needs a folder or a file of the other kind goes first,
        // with everything below it.
        let conflicts = tree.files.intersection(folders).union(tree.folders.intersection(wanted))
        for path in conflicts.sorted() {
            try remove(root + "/" + path)
            tree.forget(path)
        }

        let existing = tree  // what is there now, shared read-only by the workers below
        // Folders are made level by level (parents first), each level on all cores.
        let missing = folders.subtracting(existing.folders)
        let levels = Dictionary(grouping: missing) { $0.isEmpty ? 0 : $0.split(separator: "/").count }
        for depth in levels.keys.sorted() {
            _ = try levels[depth]!.sorted().concurrentMap { folder throws(CasebookError) in
                let path = folder.isEmpty ? root : root + "/" + folder
                guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                    throw CasebookError(.io, "cannot create \(path): \(String(cString: strerror(errno)))")
                }
            }
        }
        _ = try files.concurrentMap { file throws(CasebookError) in
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
            let destination = root + "/" + file.path
            if existing.files.contains(file.path), hasContents(destination, data) { return }
            try writeFile(data, to: destination, displayPath: file.path)
        }
        // What the new site no longer has: files first, then folders, deepest first.
        _ = try existing.files.subtracting(wanted).subtracting(folders).sorted().concurrentMap { path throws(CasebookError) in
            try remove(root + "/" + path)
        }
        for folder in existing.folders.subtracting(folders).sorted(by: { $0.count > $1.count }) {
            try remove(root + "/" + folder)
        }
    }

    /// The relative paths of the files and folders below a folder (empty when it does not exist).
    struct Tree {
        var files: Set<String> = []
        var folders: Set<String> = []

        /// Drops a path and everything below it.
        mutating func forget(_ path: String) {
            let prefix = path + "/"
            files = files.filter { $0 != path && !$0.hasPrefix(prefix) }
            folders = folders.filter { $0 != path && !$0.hasPrefix(prefix) }
        }

        init(scanning root: String) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else { return }
            folders.insert("")
            var pending = [""]
            while let folder = pending.popLast() {
                guard let directory = opendir(folder.isEmpty ? root : root + "/" + folder) else { continue }
                defer { closedir(directory) }
                while let entry = readdir(directory) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                    if name == "." || name == ".." { continue }
                    let path = folder.isEmpty ? name : folder + "/" + name
                    var type = entry.pointee.d_type
                    if type == UInt8(DT_UNKNOWN) {
                        var info = stat()
                        type = lstat(root + "/" + path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
                    }
                    if type == UInt8(DT_DIR) {
                        folders.insert(path)
                        pending.append(path)
                    } else {
                        files.insert(path)
                    }
                }
            }
        }
    }

    static func hasContents(_ path: String, _ data: Data) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) == data.count else { return false }
        return FileManager.default.contents(atPath: path) == data
    }

    /// Removes a file or folder; one already gone (inside something removed before) is fine.
    static func remove(_ path: String) throws(CasebookError) {
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            var info = stat()
            guard lstat(path, &info) != 0, errno == ENOENT || errno == ENOTDIR else {
                throw CasebookError(.io, "cannot remove \(path): \(error.localizedDescription)")
            }
        }
    }

    /// A plain write. Foundation's `Data.write` also calls fsync for every file, which made writing
    /// 10,000 pages several times slower; the whole site becomes visible at once through the swap.
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

    // MARK: Swapping

    /// Puts the staging folder in the output's place; afterwards the staging path holds the previous site.
    private static func swap(_ staging: String, into output: String) throws(CasebookError) {
        guard FileManager.default.fileExists(atPath: output) else {
            guard rename(staging, output) == 0 else {
                throw CasebookError(.io, "cannot move the new site into \(output): \(String(cString: strerror(errno)))")
            }
            return
        }
        if casebook_exchange_paths(staging, output) == 0 { return }
        // No atomic exchange on this file system: three renames, the old site kept until the new one is in place.
        let previous = staging + "-previous"
        try? FileManager.default.removeItem(atPath: previous)
        guard rename(output, previous) == 0 else {
            throw CasebookError(.io, "cannot replace \(output): \(String(cString: strerror(errno)))")
        }
        guard rename(staging, output) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(previous, output)
            throw CasebookError(.io, "cannot move the new site into \(output): \(reason)")
        }
        _ = rename(previous, staging)
    }
}
