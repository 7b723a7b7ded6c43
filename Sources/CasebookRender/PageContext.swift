/// Building Mustache contexts. swift-mustache, like Mustache's spec, treats any string as true in a
/// section, so `{{#caption}}…{{/caption}}` would render for an empty caption; contexts therefore
/// leave out empty text: build them as `[String: Any?]` with `text(_:)` and call `context(_:)`.
enum PageContext {
    /// The text, or nil when it is empty or missing.
    static func text(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    /// The entries whose value is present.
    static func context(_ entries: [String: Any?]) -> [String: Any] {
        entries.compactMapValues { $0 }
    }
}
