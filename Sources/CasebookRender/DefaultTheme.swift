import Foundation

/// The default theme: the files of the package's `Templates/` folder, embedded at build time by the
/// `EmbedTheme` plugin (see `DefaultTheme+Files.swift` in the build folder).
public enum DefaultTheme {
    /// Every file of the default theme by its path below `Templates/`, sorted by path.
    public static let files: [(path: String, contents: Data)] = encodedFiles.map { ($0.path, Data(base64Encoded: $0.base64)!) }
}
