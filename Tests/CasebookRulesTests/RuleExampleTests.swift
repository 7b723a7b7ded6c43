import CasebookModel
import Testing
@testable import CasebookRules

/// One test runs every rule's own examples: passing ones stay clean, failing ones fire exactly at
/// their ⟦ ⟧ brackets — also after a prefix of accents and emoji (column bugs), and a
/// `casebook-ignore` comment with a reason suppresses them while one without a reason is an error.
@Suite struct RuleExampleTests {
    /// An example with its brackets removed and the expected ranges.
    struct Example: Sendable {
        var text: String
        var expected: [(start: SourcePosition, end: SourcePosition)]

        init(_ marked: String) {
            var text = ""
            var expected: [(SourcePosition, SourcePosition)] = []
            var line = 1, column = 1
            var open: SourcePosition?
            for character in marked {
                switch character {
                case "⟦": open = SourcePosition(line: line, column: column)
                case "⟧": expected.append((open!, SourcePosition(line: line, column: column)))
                default:
                    text.append(character)
                    if character == "\n" { line += 1; column = 1 } else { column += character.utf16.count }
                }
            }
            self.text = text
            self.expected = expected
        }
    }

    static let rules = Registry.all.map { RuleCase(rule: $0) }

    struct RuleCase: CustomTestStringConvertible, Sendable {
        let rule: any TextRule
        var testDescription: String { rule.description.id.rawValue }
    }

    /// An example read as a case file is read: a "## References" section is cited work, a directive is not text.
    func document(_ text: String) -> ScanDocument {
        ScanDocument(source: SourceText(path: "example.md", text: text))
    }

    func findings(_ rule: any TextRule, _ text: String) -> [Finding] {
        Checker.check(document(text), rules: [rule]).findings
    }

    @Test(arguments: rules)
    func passingExamplesStayClean(_ ruleCase: RuleCase) {
        for example in ruleCase.rule.description.passing {
            let found = findings(ruleCase.rule, example)
            #expect(found.isEmpty, "\(ruleCase.rule.description.id) flagged \(found.map { "\($0.range.start)-\($0.range.end)" }) in: \(example)")
        }
    }

    @Test(arguments: rules)
    func failingExamplesFireExactlyAtTheBrackets(_ ruleCase: RuleCase) {
        let rule = ruleCase.rule
        #expect(!rule.description.failing.isEmpty)
        for marked in rule.description.failing {
            let example = Example(marked)
            let found = findings(rule, example.text).map { ($0.range.start, $0.range.end) }
            #expect(found.map { "\($0.0)-\($0.1)" } == example.expected.map { "\($0.start)-\($0.end)" }, "in: \(marked)")
            // The same after a prefix of accented letters and emoji on the first line.
            let prefix = "Café 👩🏽‍⚕️ "
            let shifted = findings(rule, prefix + example.text).map { ($0.range.start, $0.range.end) }
            let shiftedExpected = example.expected.map { range in
                (range.start.line == 1 ? SourcePosition(line: 1, column: range.start.column + prefix.utf16.count) : range.start,
                 range.end.line == 1 ? SourcePosition(line: 1, column: range.end.column + prefix.utf16.count) : range.end)
            }
            #expect(shifted.map { "\($0.0)-\($0.1)" } == shiftedExpected.map { "\($0.0)-\($0.1)" }, "after a prefix, in: \(marked)")
        }
    }

    @Test(arguments: rules)
    func suppressionWithAReasonSuppressesAndIsRecorded(_ ruleCase: RuleCase) throws {
        let rule = ruleCase.rule
        let example = Example(try #require(rule.description.failing.first))
        let suppressed = Checker.check(document("<!-- casebook-ignore \(rule.description.id): synthetic example -->\n" + example.text), rules: [rule])
        let expectedOnFirstLine = example.expected.filter { $0.start.line == 1 }.count
        #expect(suppressed.suppressed.count == expectedOnFirstLine)
        #expect(suppressed.suppressed.allSatisfy { $0.reason == "synthetic example" })
        #expect(suppressed.findings.count == example.expected.count - expectedOnFirstLine)

        let unexplained = Checker.check(document("<!-- casebook-ignore \(rule.description.id) -->\n" + example.text), rules: [rule])
        #expect(unexplained.findings.contains { $0.ruleID == Checker.suppressionRule && $0.severity == .error })
    }

    @Test(arguments: rules)
    func descriptionsAreComplete(_ ruleCase: RuleCase) {
        let description = ruleCase.rule.description
        let parts = description.id.rawValue.split(separator: ".")
        #expect(parts.count == 2 && parts.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
        #expect(!description.summary.isEmpty && !description.summary.hasSuffix("."))
        #expect(description.rationale.count > 40)
        #expect(description.hint.count > 20)
        #expect(description.passing.count >= 2)
    }

    @Test func idsAreUniqueAndSorted() {
        let ids = Registry.all.map(\.description.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
    }
}
