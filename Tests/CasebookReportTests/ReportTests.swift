import CasebookModel
import CasebookRules
import Foundation
import Testing
@testable import CasebookReport

/// The four report formats over the same synthetic findings.
@Suite struct ReportTests {
    /// Findings from checking a synthetic case: one e-mail found, one suppressed, one setting.
    static let checked: CheckResult = {
        let text = """
        Contact jane.doe@example.com for the films.
        <!-- casebook-ignore privacy.email: the editors' shared address, not a patient's -->
        Editors: cases@example.org
        """
        var settings = RuleSettings()
        settings.severities.append(.init(rule: "privacy.url", severity: .warning, range: SourceRange(file: "casebook.yml", line: 9)))
        return Checker.check([SourceText(path: "content/cases/a, b.md", text: text)], rules: Registry.all, settings: settings)
    }()

    var report: Report { Report(findings: Self.checked.findings, suppressed: Self.checked.suppressed, settings: Self.checked.settings) }

    @Test func noFormatRepeatsTheIdentifier() {
        for format in Report.Format.allCases {
            let output = report.render(format)
            #expect(!output.contains("jane.doe"), "\(format) repeats the identifier")
            #expect(!output.contains("example.com"), "\(format) repeats the identifier")
            #expect(!output.contains("cases@example.org"), "\(format) repeats a suppressed identifier")
        }
    }

    @Test func textGroupsByFileAndListsSuppressionsAndSettings() {
        #expect(report.render(.text) == """
        content/cases/a, b.md
          content/cases/a, b.md:1:9: error privacy.email: E-mail address `j***.***@e******.***`.
            hint: Remove the address. To tell readers where to report a problem, set `report:` in casebook.yml.

        Suppressed
          content/cases/a, b.md:3:10: privacy.email: E-mail address `c****@e******.***`.
            reason: the editors' shared address, not a patient's (content/cases/a, b.md:2)

        Rule settings from casebook.yml
          casebook.yml:9: privacy.url severity set to warning

        1 error; 1 suppressed

        """)
    }

    @Test func sarifIsValid210WithRulesAndRegions() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.render(.sarif).utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == Registry.all.map(\.description.id.rawValue))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let first = results[0]
        #expect(first["ruleId"] as? String == "privacy.email")
        #expect(first["level"] as? String == "error")
        let region = try #require(((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int])
        #expect(region == ["startLine": 1, "startColumn": 9, "endLine": 1, "endColumn": 29])
        let ruleIndex = try #require(first["ruleIndex"] as? Int)
        #expect(rules[ruleIndex]["id"] as? String == "privacy.email")
        let suppressions = try #require(results[1]["suppressions"] as? [[String: String]])
        #expect(suppressions == [["kind": "inSource", "justification": "the editors' shared address, not a patient's"]])
    }

    @Test func githubCommandsEscapePropertiesAndData() {
        let lines = report.render(.github).split(separator: "\n").map(String.init)
        #expect(lines[0] == "::error file=content/cases/a%2C b.md,line=1,col=9,endLine=1,endColumn=29,title=privacy.email::E-mail address `j***.***@e******.***`. Remove the address. To tell readers where to report a problem, set `report:` in casebook.yml.")
        #expect(lines[1].hasPrefix("::notice file=content/cases/a%2C b.md,line=3,"))
        #expect(lines[2] == "::notice title=casebook.yml::casebook.yml:9: privacy.url severity set to warning")
        #expect(lines.last == "1 error; 1 suppressed")
    }

    @Test func jsonIsStable() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect((json["summary"] as? [String: Int]) == ["errors": 1, "warnings": 0, "notes": 0, "suppressed": 1])
        let finding = try #require((json["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "privacy.email")
        #expect(finding["startColumn"] as? Int == 9)
        #expect(finding["endColumn"] as? Int == 29)
    }

    @Test func masksKeepOnlyTheShape() {
        #expect(Mask.shape("John Smith") == "J*** S****")
        #expect(Mask.shape("(415) 555-0142") == "(4**) ***-**42")
        #expect(Mask.shape("12/03/2021") == "1*/**/**21")
        #expect(Mask.shape("J.S.") == "*.*.")
        #expect(Mask.shape("Mrs AB") == "*** **")
        #expect(Mask.shape("93-year-old") == "**-y***-***")
    }
}
