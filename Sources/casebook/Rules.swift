import ArgumentParser
import CasebookModel
import CasebookRules

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every rule with its default severity and summary.")

    func run() throws {
        let width = Registry.all.map(\.description.id.rawValue.count).max() ?? 0
        for rule in Registry.all {
            let description = rule.description
            let id = description.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = description.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            Terminal.printOut("\(id)  \(severity)  \(description.summary)\n")
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a rule: why it exists, examples, and how to suppress it.")

    @Argument(help: "A rule id, e.g. privacy.phone.")
    var rule: String

    func run() throws {
        guard let found = Registry.rule(RuleID(rule)) else {
            throw CasebookError(.usage, "no rule is called `\(rule)`; `casebook rules` lists them")
        }
        let description = found.description
        func plain(_ example: String) -> String { example.replacingOccurrences(of: "⟦", with: "[").replacingOccurrences(of: "⟧", with: "]") }
        var text = "\(description.id) (\(description.defaultSeverity.rawValue)): \(description.summary)\n\n"
        text += "Why: \(description.rationale)\n\nFix: \(description.hint)\n\nFlagged (in brackets):\n"
        text += description.failing.map { "  \(plain($0))\n" }.joined()
        text += "\nNot flagged:\n" + description.passing.map { "  \($0)\n" }.joined()
        text += """

        To suppress a false alarm, put a comment with the reason on the line above it:
          <!-- casebook-ignore \(description.id): why this is not an identifier -->
        or allow a term for the whole collection in casebook.yml:
          rules:
            \(description.id):
              allow:
                - term: …
                  reason: …

        """
        Terminal.printOut(text)
    }
}

import Foundation
