import CasebookModel

/// `<!-- casebook-ignore RULE[, RULE…]: reason -->` (or `# casebook-ignore …` in front matter):
/// the findings of those rules on the next line are suppressed, and the suppression is listed with
/// its reason in every report.
public struct Suppression: Sendable, Hashable {
    public var rules: [RuleID]
    public var reason: String
    /// The line the directive applies to.
    public var targetLine: Int
    /// Where the directive is written.
    public var range: SourceRange

    static let keyword = "casebook-ignore"

    /// Whether a line holds a directive (and so is not itself scanned).
    static func isDirective(_ line: ArraySlice<UInt8>) -> Bool {
        let trimmed = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let afterOpener: ArraySlice<UInt8>
        // (The first byte first: most lines are neither.)
        guard let first = trimmed.first, first == UInt8(ascii: "<") || first == UInt8(ascii: "#") else { return false }
        if trimmed.starts(with: "<!--".utf8) {
            afterOpener = trimmed.dropFirst(4)
        } else if first == UInt8(ascii: "#") {
            afterOpener = trimmed.dropFirst(1)
        } else {
            return false
        }
        return afterOpener.drop { $0 == UInt8(ascii: " ") }.starts(with: keyword.utf8)
    }

    /// Every directive in a document, and a finding for each malformed one.
    static func parse(_ document: ScanDocument) -> ([Suppression], [Finding]) {
        var suppressions: [Suppression] = []
        var findings: [Finding] = []
        for line in 1...document.source.lineCount {
            let bytes = document.source.lineBytes(line)
            guard isDirective(bytes) else { continue }
            var text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let column = document.source.utf16Column(line: line, byteColumn: (bytes.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? bytes.startIndex) - bytes.startIndex + 1)
            let range = document.source.range(line: line, column: column, utf16Length: text.utf16.count)
            text = text.hasPrefix("<!--") ? String(text.dropFirst(4)) : String(text.dropFirst(1))
            if text.hasSuffix("-->") { text = String(text.dropLast(3)) }
            text = text.trimmingCharacters(in: .whitespaces)
            text = String(text.dropFirst(keyword.count))
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let rules = parts[0].split(separator: ",").map { RuleID($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.rawValue.isEmpty }
            let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            if rules.isEmpty {
                findings.append(Finding(ruleID: Checker.suppressionRule, severity: .error,
                                        message: "The casebook-ignore comment names no rule.", range: range,
                                        hint: "Write `<!-- casebook-ignore privacy.name: why this is not an identifier -->`."))
                continue
            }
            if reason.isEmpty {
                findings.append(Finding(ruleID: Checker.suppressionRule, severity: .error,
                                        message: "The casebook-ignore comment gives no reason.", range: range,
                                        hint: "Add the reason after a colon: `casebook-ignore \(rules.map(\.rawValue).joined(separator: ", ")): why it is safe`. Reasons are shown in every report."))
                continue
            }
            // The directive covers the next line that is not itself a directive or blank.
            var target = line + 1
            while target <= document.source.lineCount,
                  isDirective(document.source.lineBytes(target)) || document.source.lineBytes(target).allSatisfy({ $0 == UInt8(ascii: " ") }) {
                target += 1
            }
            suppressions.append(Suppression(rules: rules, reason: reason, targetLine: target, range: range))
        }
        return (suppressions, findings)
    }
}

import Foundation
