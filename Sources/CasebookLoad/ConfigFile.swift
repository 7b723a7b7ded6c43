import CasebookModel
import Yams

/// Reads `casebook.yml`. A config that cannot be read is a tool failure (exit 2); unknown keys are warnings.
enum ConfigFile {
    static let name = "casebook.yml"
    static let knownKeys = ["title", "description", "base_url", "language", "license", "report", "rules"]

    static func decode(_ source: SourceText, baseURLOverride: String?) throws(CasebookError) -> (SiteConfig, [Finding]) {
        var reader = YAMLReader(source: source, firstLine: 1)
        let root = reader.rootMapping(of: source.text)
        var title: String?, description = "", baseURL: String?, language = "en", license: String?, report: String?
        var rules = RuleSettings()
        if let root {
            reader.forEachKey(in: root, known: knownKeys, path: "") { reader, key, node in
                switch key {
                case "title": title = reader.string(node, path: key)
                case "description": description = reader.string(node, path: key) ?? ""
                case "base_url": baseURL = reader.string(node, path: key)
                case "language": language = reader.string(node, path: key) ?? "en"
                case "license": license = reader.string(node, path: key)
                case "rules": rules = ruleSettings(node, reader: &reader)
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
        var config = SiteConfig(title: title ?? "", description: description, baseURL: baseURL, language: language, license: license, report: report)
        config.rules = rules
        return (config, reader.findings)
    }

    /// `rules: { <rule id>: { severity: error|warning|note|off, allow: [{term, reason}] } }`, or `<rule id>: off`.
    static func ruleSettings(_ node: Node, reader: inout YAMLReader) -> RuleSettings {
        var settings = RuleSettings()
        guard case .mapping(let mapping) = node else {
            reader.error("`rules` must map rule ids to their settings.", at: reader.range(of: node))
            return settings
        }
        for (keyNode, value) in mapping {
            guard let id = keyNode.scalar?.string else { continue }
            let rule = RuleID(id)
            let keyRange = reader.range(of: keyNode)
            if case .scalar = value, let word = reader.string(value, path: "rules.\(id)") {
                if word == "off" {
                    settings.severities.append(.init(rule: rule, severity: nil, range: keyRange))
                } else if let severity = Severity(rawValue: word) {
                    settings.severities.append(.init(rule: rule, severity: severity, range: keyRange))
                } else {
                    reader.error("`rules.\(id)` must be `off`, a severity, or a mapping with `severity:` and `allow:`.", at: reader.range(of: value))
                }
                continue
            }
            guard case .mapping(let ruleMapping) = value else {
                reader.error("`rules.\(id)` must be a mapping with `severity:` and/or `allow:`.", at: reader.range(of: value))
                continue
            }
            reader.forEachKey(in: ruleMapping, known: ["severity", "allow"], path: "rules.\(id)") { reader, key, item in
                if key == "severity" {
                    guard let word = reader.string(item, path: "rules.\(id).severity") else { return }
                    if word == "off" {
                        settings.severities.append(.init(rule: rule, severity: nil, range: reader.range(of: item)))
                    } else if let severity = Severity(rawValue: word) {
                        settings.severities.append(.init(rule: rule, severity: severity, range: reader.range(of: item)))
                    } else {
                        reader.error("`rules.\(id).severity` must be one of `error`, `warning`, `note`, `off`.", at: reader.range(of: item))
                    }
                    return
                }
                reader.mappings(item, path: "rules.\(id).allow") { reader, entry, index, mark in
                    var term: String?, reason: String?
                    reader.forEachKey(in: entry, known: ["term", "reason"], path: "rules.\(id).allow[\(index)]") { reader, key, field in
                        if key == "term" { term = reader.string(field, path: "term") } else { reason = reader.string(field, path: "reason") }
                    }
                    reader.require(["term", "reason"], in: entry, at: mark, what: "an allowance (every allowed term needs a reason)")
                    if let term, let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty {
                        settings.allowances.append(.init(rule: rule, term: term, reason: reason, range: reader.range(of: mark)))
                    }
                }
            }
        }
        return settings
    }
}
