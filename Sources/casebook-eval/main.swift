import CasebookRules
import CasebookTestSupport
import Foundation

// casebook-eval: scores the privacy rules on evaluation sets and prints recall per category,
// precision per rule, flagged lines in clean cases and (with --verbose) every miss and false alarm.
//
//   casebook-eval [--verbose] SET_FOLDER ...

var verbose = false
var folders: [String] = []
for argument in CommandLine.arguments.dropFirst() {
    if argument == "--verbose" { verbose = true } else { folders.append(argument) }
}
guard !folders.isEmpty else {
    FileHandle.standardError.write(Data("usage: casebook-eval [--verbose] SET_FOLDER ...\n".utf8))
    exit(2)
}
let evaluation = try PrivacyEvaluation(folders: folders)

func ratio(_ a: Int, _ b: Int) -> String { b == 0 ? "   -  " : String(format: "%6.3f", Double(a) / Double(b)) }
print("category      planted  found  recall   | rule                 findings  true  precision")
let categories = evaluation.recallByCategory.keys.sorted()
let rules = evaluation.precisionByRule.keys.sorted()
for row in 0..<max(categories.count, rules.count) {
    var line = ""
    if row < categories.count {
        let c = categories[row], v = evaluation.recallByCategory[c]!
        line += c.padding(toLength: 13, withPad: " ", startingAt: 0) + String(format: " %7d %6d %@", v.total, v.found, ratio(v.found, v.total))
    } else {
        line += String(repeating: " ", count: 34)
    }
    line += "   | "
    if row < rules.count {
        let r = rules[row], v = evaluation.precisionByRule[r]!
        line += r.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: " %8d %5d  %@", v.all, v.truePositives, ratio(v.truePositives, v.all))
    }
    print(line)
}
print(String(format: "overall: recall %@ (%d/%d), precision %@ (%d/%d); flagged lines in %d clean cases: %d",
             ratio(evaluation.found, evaluation.planted), evaluation.found, evaluation.planted,
             ratio(evaluation.truePositives, evaluation.findings), evaluation.truePositives, evaluation.findings,
             evaluation.cleanFiles, evaluation.cleanFlaggedLines))
if verbose {
    print("\nmissed:")
    evaluation.misses.forEach { print("  " + $0) }
    print("\nfalse alarms:")
    evaluation.falseAlarms.forEach { print("  " + $0) }
}
