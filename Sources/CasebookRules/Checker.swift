import CasebookModel
import Foundation

/// A finding that a `casebook-ignore` comment or a `casebook.yml` allowance suppressed, with why.
public struct SuppressedFinding: Sendable, Hashable {
    public var finding: Finding
    public var reason: String
    /// Where the suppression is written (the comment, or the allowance in casebook.yml).
    public var by: SourceRange
}

/// What checking produced: findings that count, what was suppressed, and how the configuration
/// changed rules — all three are listed in every report.
public struct CheckResult: Sendable {
    public var findings: [Finding]
    public var suppressed: [SuppressedFinding]
    public var settings: RuleSettings

    public init(findings: [Finding] = [], suppressed: [SuppressedFinding] = [], settings: RuleSettings = RuleSettings()) {
        self.findings = findings
        self.suppressed = suppressed
        self.settings = settings
    }
}

/// The check stage: runs rules over documents, then — in this one place — masks what they found,
/// applies suppressions and `casebook.yml` settings, and reports unused or malformed suppressions.
public enum Checker {
    public static let suppressionRule: RuleID = "content.suppression"
    public static let configRule: RuleID = "content.config"

    /// Checks every case and collection of an archive, and every case's slug (its page address).
    public static func check(_ archive: CaseArchive, rules: [any TextRule]) -> CheckResult {
        var documents = archive.cases.map(\.source)
        documents += archive.collections.compactMap(\.source)
        var result = check(documents, rules: rules, settings: archive.config.rules)
        let names = archive.cases.concurrentMap { teachingCase -> [Finding] in
            var findings = checkSlug(teachingCase.slug, file: teachingCase.displayPath, rules: rules)
            // Image files are published under their own names too.
            for image in teachingCase.frontMatter.images {
                let name = ((image.file as NSString).lastPathComponent as NSString).deletingPathExtension
                let words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
                findings += checkSlug(words, file: teachingCase.displayPath, rules: rules).map { finding in
                    var finding = finding
                    finding.range = image.range
                    finding.message = finding.message.replacingOccurrences(of: "The file name, which becomes the page address,", with: "The image's file name, which is published with it,")
                    return finding
                }
            }
            return findings
        }
        result.findings += names.flatMap { $0 }
        result.findings.sort()
        return result
    }

    /// A slug is published as the page's address, so identifiers in it are published too:
    /// "jane-okafor-stemi", "mrs-doyle-cxr", "admitted-2021-03-12". The raw slug goes through the
    /// rules (titles, dates, numbers); a known first name followed by a surname or an unfamiliar word
    /// is a name. Findings point at the file.
    static func checkSlug(_ slug: String, file: String, rules: [any TextRule]) -> [Finding] {
        let document = ScanDocument(text: slug, path: file)
        var found: [(kind: String, text: String, rule: any TextRule)] = []
        for rule in rules where rule.description.id.family == "privacy" {
            for match in merged(matches(of: rule, in: document)) { found.append((match.kind, document.text(match.range), rule)) }
        }
        let words = slug.split(separator: "-").map(String.init)
        if let nameRule = rules.first(where: { $0.description.id == "privacy.name" }) {
            for (first, second) in zip(words, words.dropFirst())
            where Lexicon.firstNames.contains(first) && !Lexicon.eponyms.contains(first)
                && (Lexicon.surnames.contains(second) || (!Lexicon.englishWords.contains(second) && second.count >= 3 && second.allSatisfy(\.isLetter))) {
                found.append(("name", "\(first) \(second)", nameRule))
            }
        }
        return found.map { item in
            Finding(ruleID: item.rule.description.id, severity: item.rule.description.defaultSeverity,
                    message: "The file name, which becomes the page address, contains a \(item.kind) `\(Mask.shape(item.text))`.",
                    range: SourceRange(file: file, line: 1),
                    hint: "Rename the file (or folder) with a descriptive, anonymous slug, e.g. `stemi-in-a-man-in-his-50s`.")
        }.sorted()
    }

    public static func check(_ sources: [SourceText], rules: [any TextRule], settings: RuleSettings) -> CheckResult {
        var result = CheckResult(settings: settings)
        let known = Set(rules.map(\.description.id))
        for change in settings.severities where !known.contains(change.rule) {
            result.findings.append(unknownRule(change.rule, at: change.range))
        }
        for allowance in settings.allowances where !known.contains(allowance.rule) {
            result.findings.append(unknownRule(allowance.rule, at: allowance.range))
        }
        let perDocument = sources.concurrentMap { source in
            check(ScanDocument(source: source), rules: rules, settings: settings)
        }
        for partial in perDocument {
            result.findings += partial.findings
            result.suppressed += partial.suppressed
        }
        result.findings.sort()
        result.suppressed.sort { $0.finding < $1.finding }
        return result
    }

    /// Checks one document.
    public static func check(_ document: ScanDocument, rules: [any TextRule], settings: RuleSettings = RuleSettings()) -> CheckResult {
        var result = CheckResult(settings: settings)
        let (suppressions, malformed) = Suppression.parse(document)
        result.findings += malformed
        var used = Set<Int>()
        for rule in rules {
            let description = rule.description
            let severity: Severity
            if let change = settings.severities.last(where: { $0.rule == description.id }) {
                guard let changed = change.severity else { continue }
                severity = changed
            } else {
                severity = description.defaultSeverity
            }
            for match in merged(matches(of: rule, in: document)) {
                let text = document.text(match.range)
                let start = document.source.position(ofByteOffset: match.start)
                let end = document.source.position(ofByteOffset: match.end)
                var message = "\(match.kind.prefix(1).uppercased())\(match.kind.dropFirst()) `\(Mask.shape(text))`."
                if document.zone(at: match.start) == .reference { message += " (in a reference list)" }
                let finding = Finding(ruleID: description.id, severity: severity, message: message,
                                      range: SourceRange(file: document.source.path, start: start, end: end), hint: description.hint)
                if let index = suppressions.firstIndex(where: { $0.targetLine == start.line && $0.rules.contains(description.id) }) {
                    used.insert(index)
                    result.suppressed.append(SuppressedFinding(finding: finding, reason: suppressions[index].reason, by: suppressions[index].range))
                } else if let allowance = settings.allowances.first(where: {
                    $0.rule == description.id && $0.term.caseInsensitiveCompare(text) == .orderedSame
                }) {
                    result.suppressed.append(SuppressedFinding(finding: finding, reason: allowance.reason, by: allowance.range))
                } else {
                    result.findings.append(finding)
                }
            }
        }
        let active = Set(rules.map(\.description.id))
        for (index, suppression) in suppressions.enumerated() where !used.contains(index) {
            let unknown = suppression.rules.filter { !active.contains($0) }
            let message = unknown.isEmpty
                ? "This casebook-ignore comment suppresses nothing on the next line."
                : "This casebook-ignore comment names a rule that does not exist or is off: \(unknown.map(\.rawValue).joined(separator: ", "))."
            result.findings.append(Finding(ruleID: suppressionRule, severity: .warning, message: message, range: suppression.range,
                                           hint: "Remove it, or move it to the line just above the finding it is for (`casebook rules` lists rule ids)."))
        }
        result.findings.sort()
        return result
    }

    /// A rule's matches outside the document's skip zones (credits, publication date, directives).
    public static func matches(of rule: any TextRule, in document: ScanDocument) -> [Match] {
        rule.matches(in: document).filter { document.zone(at: $0.start) != .skip && !PersonNames.isInsideEponymWithGivenName($0.range, in: document)
            && !NotablePeople.contains($0.range, in: document) }
    }

    /// Overlapping matches of one rule become one finding.
    static func merged(_ matches: [Match]) -> [Match] {
        var merged: [Match] = []
        for match in matches.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
            if let last = merged.last, match.start < last.end {
                merged[merged.count - 1].end = max(last.end, match.end)
            } else {
                merged.append(match)
            }
        }
        return merged
    }

    static func unknownRule(_ rule: RuleID, at range: SourceRange) -> Finding {
        Finding(ruleID: configRule, severity: .error, message: "casebook.yml names a rule that does not exist: `\(rule)`.", range: range,
                hint: "`casebook rules` lists every rule id.")
    }
}
