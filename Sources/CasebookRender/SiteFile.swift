import Foundation

/// One file of the built site: its path below the site root and where its bytes come from.
public struct SiteFile: Sendable {
    public enum Content: Sendable {
        case bytes(Data)
        /// Copied from a source file (images), so large files are not held in memory.
        case copy(from: String)
    }

    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    public init(path: String, text: String) {
        self.init(path: path, content: .bytes(Data(text.utf8)))
    }
}
