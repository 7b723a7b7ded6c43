/// A failure of the tool itself (exit code 2), as opposed to a finding in the sources (exit code 1):
/// unreadable configuration, a template error, an I/O failure. Context is added as it rises and the
/// whole chain is printed once, by the command-line tool.
public struct CasebookError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable {
        case configuration, template, io, usage
    }

    public var kind: Kind
    public var message: String
    /// Where the problem is, when it is in a file.
    public var location: SourceRange?

    public init(_ kind: Kind, _ message: String, at location: SourceRange? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(location.file):\(location.start): \(message)" }
        return message
    }
}
