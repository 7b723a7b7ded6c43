import CasebookModel
import CasebookRules
import Foundation

/// Scores the privacy rules on an evaluation set (see Tests/Evaluation): folders holding `cases/`
/// (synthetic cases with identifiers marked ⟦category|text⟧) and `clean/` (cases with none). Markers
/// are removed before checking. A planted identifier is found when any privacy finding overlaps it;
/// a finding is true when it overlaps a planted identifier or repeats one (every word of it belongs
/// to an identifier planted in the same file). All data in the sets is synthetic.
public struct PrivacyEvaluation: Sendable {
    public var recallByCategory: [String: (found: Int, total: Int)] = [:]
    public var precisionByRule: [String: (truePositives: Int, all: Int)] = [:]
    public var cleanFiles = 0
    public var cleanFlaggedLines = 0
    public var misses: [String] = []
    public var falseAlarms: [String] = []

    public var planted: Int { recallByCategory.values.reduce(0) { $0 + $1.total } }
    public var found: Int { recallByCategory.values.reduce(0) { $0 + $1.found } }
    public var findings: Int { precisionByRule.values.reduce(0) { $0 + $1.all } }
    public var truePositives: Int { precisionByRule.values.reduce(0) { $0 + $1.truePositives } }
    public var recall: Double { Double(found) / Double(max(planted, 1)) }
    public var precision: Double { Double(truePositives) / Double(max(findings, 1)) }

    struct Planted {
        var category: String
        var range: Range<Int>
        var text: String
    }

    /// Removes the markers and returns the plain text with the planted byte ranges.
    static func strip(_ marked: String) -> (String, [Planted]) {
        var output: [UInt8] = []
        var planted: [Planted] = []
        let bytes = Array(marked.utf8)
        var index = 0
        let open = Array("⟦".utf8), close = Array("⟧".utf8)
        while index < bytes.count {
            if bytes[index...].starts(with: open), let bar = bytes[index...].firstIndex(of: UInt8(ascii: "|")),
               let end = (bar..<bytes.count).first(where: { bytes[$0...].starts(with: close) }) {
                let category = String(decoding: bytes[(index + open.count)..<bar], as: UTF8.self)
                let text = Array(bytes[(bar + 1)..<end])
                planted.append(Planted(category: category, range: output.count..<(output.count + text.count), text: String(decoding: text, as: UTF8.self)))
                output += text
                index = end + close.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return (String(decoding: output, as: UTF8.self), planted)
    }

    static func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted().map { folder + "/" + $0 }
    }

    public init(folders: [String], rules: [any TextRule] = Registry.all.filter { $0.description.id.family == "privacy" }) throws {
        for folder in folders {
            for (kind, path) in Self.files(in: folder + "/cases").map({ ("cases", $0) }) + Self.files(in: folder + "/clean").map({ ("clean", $0) }) {
                let written = try String(contentsOfFile: path, encoding: .utf8)
                // (Native digits as ASCII ones, as the rules read them: a planted range is then a range of the document's bytes.)
                let (text, planted) = Self.strip(ScanDocument.textWithASCIIDigits(written) ?? written)
                let document = ScanDocument(source: SourceText(path: path, text: text))
                var matches: [(rule: String, match: Match)] = []
                for rule in rules {
                    matches += Checker.matches(of: rule, in: document).map { (rule.description.id.rawValue, $0) }
                }
                for item in planted {
                    let hit = matches.contains { $0.match.range.overlaps(item.range) }
                    recallByCategory[item.category, default: (0, 0)].total += 1
                    if hit { recallByCategory[item.category, default: (0, 0)].found += 1 } else {
                        misses.append("\(path):\(document.line(at: item.range.lowerBound)): [\(item.category)] \(item.text)")
                    }
                }
                var flaggedLines = Set<Int>()
                for (rule, match) in matches {
                    let words = Set(document.text(match.range).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
                    let isTrue = planted.contains { $0.range.overlaps(match.range) }
                        || (!words.isEmpty && planted.contains { item in
                            words.isSubset(of: Set(item.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)))
                        })
                    precisionByRule[rule, default: (0, 0)].all += 1
                    if isTrue { precisionByRule[rule, default: (0, 0)].truePositives += 1 } else {
                        falseAlarms.append("\(path):\(document.line(at: match.start)): [\(rule)] \(document.text(match.range))")
                        if kind == "clean" { flaggedLines.insert(document.line(at: match.start)) }
                    }
                }
                if kind == "clean" {
                    cleanFiles += 1
                    cleanFlaggedLines += flaggedLines.count
                }
            }
        }
    }
}
