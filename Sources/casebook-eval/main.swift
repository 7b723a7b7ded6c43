import CasebookModel
import CasebookRules
import Foundation

// casebook-eval: scores the privacy rules on an evaluation set.
//
//   casebook-eval [--verbose] SET_FOLDER ...
//
// A set folder holds `cases/` (synthetic cases with planted identifiers marked ⟦category|text⟧) and
// `clean/` (cases with none, full of traps). Markers are removed before checking. A planted identifier
// is found when any privacy finding overlaps it; a finding is a true positive when it overlaps any
// planted identifier or repeats one of its words (a later mention of a planted name). Recall is per planted category, precision per rule; clean cases report every
// flagged line. All data in the sets is synthetic.

struct Planted {
    var category: String
    var range: Range<Int>
    var file: String
    var text: String
}

var verbose = false
var folders: [String] = []
for argument in CommandLine.arguments.dropFirst() {
    if argument == "--verbose" { verbose = true } else { folders.append(argument) }
}
guard !folders.isEmpty else {
    FileHandle.standardError.write(Data("usage: casebook-eval [--verbose] SET_FOLDER ...\n".utf8))
    exit(2)
}

/// Removes the markers and returns the plain text with the planted byte ranges.
func strip(_ marked: String, file: String) -> (String, [Planted]) {
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
            planted.append(Planted(category: category, range: output.count..<(output.count + text.count), file: file,
                                   text: String(decoding: text, as: UTF8.self)))
            output += text
            index = end + close.count
        } else {
            output.append(bytes[index])
            index += 1
        }
    }
    return (String(decoding: output, as: UTF8.self), planted)
}

func files(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted().map { folder + "/" + $0 }
}

var foundByCategory: [String: (found: Int, total: Int)] = [:]
var precisionByRule: [String: (tp: Int, all: Int)] = [:]
var cleanFlaggedLines = 0
var cleanFiles = 0
var misses: [String] = []
var falseAlarms: [String] = []
var bytesScanned = 0
var scanSeconds = 0.0

for folder in folders {
    for (kind, path) in files(in: folder + "/cases").map({ ("cases", $0) }) + files(in: folder + "/clean").map({ ("clean", $0) }) {
        let marked = try String(contentsOfFile: path, encoding: .utf8)
        let (text, planted) = strip(marked, file: path)
        let document = ScanDocument(source: SourceText(path: path, text: text))
        let start = DispatchTime.now()
        var matches: [(rule: String, match: Match)] = []
        for rule in Registry.all where rule.description.id.family == "privacy" {
            matches += Checker.matches(of: rule, in: document).map { (rule.description.id.rawValue, $0) }
        }
        scanSeconds += Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        bytesScanned += document.bytes.count
        for item in planted {
            let hit = matches.contains { $0.match.range.overlaps(item.range) }
            foundByCategory[item.category, default: (0, 0)].total += 1
            if hit { foundByCategory[item.category, default: (0, 0)].found += 1 } else {
                misses.append("\(path):\(document.line(at: item.range.lowerBound)): [\(item.category)] \(item.text)")
            }
        }
        var flaggedLines = Set<Int>()
        for (rule, match) in matches {
            // True when it overlaps a planted identifier, or repeats one: every word of it belongs to
            // an identifier planted in the same file ("Jessica" after "⟦name|Jessica Oduya⟧").
            let words = Set(document.text(match.range).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            let isTrue = planted.contains { $0.range.overlaps(match.range) }
                || (!words.isEmpty && planted.contains { item in
                    words.isSubset(of: Set(item.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)))
                })
            precisionByRule[rule, default: (0, 0)].all += 1
            if isTrue { precisionByRule[rule, default: (0, 0)].tp += 1 } else {
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

func ratio(_ a: Int, _ b: Int) -> String { b == 0 ? "   -  " : String(format: "%6.3f", Double(a) / Double(b)) }
print("category      planted  found  recall   | rule                 findings  true  precision")
let categories = foundByCategory.keys.sorted()
let rules = precisionByRule.keys.sorted()
for row in 0..<max(categories.count, rules.count) {
    var line = ""
    if row < categories.count {
        let c = categories[row], v = foundByCategory[c]!
        line += c.padding(toLength: 13, withPad: " ", startingAt: 0) + String(format: " %7d %6d %@", v.total, v.found, ratio(v.found, v.total))
    } else {
        line += String(repeating: " ", count: 34)
    }
    line += "   | "
    if row < rules.count {
        let r = rules[row], v = precisionByRule[r]!
        line += r.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: " %8d %5d  %@", v.all, v.tp, ratio(v.tp, v.all))
    }
    print(line)
}
let planted = foundByCategory.values.reduce(0) { $0 + $1.total }, found = foundByCategory.values.reduce(0) { $0 + $1.found }
let all = precisionByRule.values.reduce(0) { $0 + $1.all }, truePositives = precisionByRule.values.reduce(0) { $0 + $1.tp }
print(String(format: "overall: recall %@ (%d/%d), precision %@ (%d/%d); flagged lines in %d clean cases: %d",
             ratio(found, planted), found, planted, ratio(truePositives, all), truePositives, all, cleanFiles, cleanFlaggedLines))
print(String(format: "scan speed (single thread, privacy rules): %.1f MB/s over %.2f MB", Double(bytesScanned) / 1_048_576 / max(scanSeconds, 1e-9), Double(bytesScanned) / 1_048_576))
if verbose {
    print("\nmissed:")
    misses.forEach { print("  " + $0) }
    print("\nfalse alarms:")
    falseAlarms.forEach { print("  " + $0) }
}
