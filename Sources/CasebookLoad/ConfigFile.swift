import CasebookModel

/// Reads `casebook.yml`. A config that cannot be read is a tool failure (exit 2); unknown keys are warnings.
enum ConfigFile {
    static let name = "casebook.yml"
    static let knownKeys = ["title", "description", "base_url", "language", "license", "report"]

    static func decode(_ source: SourceText, baseURLOverride: String?) throws(CasebookError) -> (SiteConfig, [Finding]) {
        var reader = YAMLReader(source: source, firstLine: 1)
        let root = reader.rootMapping(of: source.text)
        var title: String?, description = "", baseURL: String?, language = "en", license: String?, report: String?
        if let root {
            reader.forEachKey(in: root, known: knownKeys, path: "") { reader, key, node in
                switch key {
                case "title": title = reader.string(node, path: key)
                case "description": description = reader.string(node, path: key) ?? ""
                case "base_url": baseURL = reader.string(node, path: key)
                case "language": language = reader.string(node, path: key) ?? "en"
                case "license": license = reader.string(node, path: key)
                default: report = reader.string(node, path: key)
                }
            }
            reader.require(["title"], in: root, at: nil, what: ConfigFile.name)
        }
        baseURL = baseURLOverride ?? baseURL
        if let firstError = reader.findings.first(where: { $0.severity == .error }) {
            throw CasebookError(.configuration, firstError.message + (firstError.hint.map { " \($0)" } ?? ""), at: firstError.range)
        }
        guard let baseURL else {
            throw CasebookError(.configuration, "\(ConfigFile.name) has no `base_url`: set it to the address the site is published at (e.g. `base_url: https://cases.example.org/`), or pass --base-url.",
                                at: SourceRange(file: source.path, line: 1))
        }
        guard baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") else {
            throw CasebookError(.configuration, "`base_url` must be an absolute http(s) address, such as https://cases.example.org/.",
                                at: SourceRange(file: source.path, line: 1))
        }
        return (SiteConfig(title: title ?? "", description: description, baseURL: baseURL, language: language, license: license, report: report),
                reader.findings)
    }
}
