import Foundation

/// A synthetic collection written to a fresh temporary folder: config, cases, collections, images.
/// Every name, number and place in fixtures is invented.
public final class FixtureCollection {
    public let root: String

    public static let config = """
    title: Fixture Cases
    description: Synthetic cases for tests.
    base_url: https://cases.example.org/teaching/
    license: CC-BY-4.0
    report: editors@example.org

    """

    /// Creates a collection with `casebook.yml` (unless `config` is nil).
    public init(config: String? = FixtureCollection.config) {
        root = FileManager.default.temporaryDirectory.path + "/casebook-fixture-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root + "/content/cases", withIntermediateDirectories: true)
        if let config { write("casebook.yml", config) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    public var path: (String) -> String { { [root] in root + "/" + $0 } }

    /// Writes a file below the root, creating folders.
    @discardableResult
    public func write(_ relativePath: String, _ text: String) -> String {
        write(relativePath, bytes: Array(text.utf8))
    }

    @discardableResult
    public func write(_ relativePath: String, bytes: [UInt8]) -> String {
        let full = root + "/" + relativePath
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Writes `content/cases/<slug>.md` (or `<slug>/index.md` when `bundle`).
    @discardableResult
    public func addCase(_ slug: String, _ text: String, bundle: Bool = false) -> String {
        write(bundle ? "content/cases/\(slug)/index.md" : "content/cases/\(slug).md", text)
    }

    /// A minimal valid case with the given extra front-matter lines and body.
    @discardableResult
    public func addSimpleCase(_ slug: String, title: String? = nil, frontMatter: String = "", body: String = "A short synthetic body.\n") -> String {
        addCase(slug, """
        ---
        title: \(title ?? "Case \(slug)")
        summary: Summary of \(slug).
        tags: [fixture]
        \(frontMatter)
        ---
        \(body)
        """)
    }

    public func read(_ relativePath: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + relativePath).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A valid 1×1 grey PNG with the given size in its header.
    public static func png(width: UInt32 = 4, height: UInt32 = 3) -> [UInt8] {
        func be(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + be(width) + be(height)
            + [8, 0, 0, 0, 0, 0, 0, 0, 0] + [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]
    }
}

/// Every regular file below a folder with its bytes, keyed by relative path.
public func snapshot(of folder: String) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
    while let path = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = FileManager.default.contents(atPath: folder + "/" + path)
        }
    }
    return files
}
