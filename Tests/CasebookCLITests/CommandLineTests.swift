import CasebookTestSupport
import Foundation
import Testing

/// The `casebook` executable as users and CI run it: exit codes 0/1/2 and what it prints.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `casebook` binary built beside this test bundle.
    static let executable: String = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On Linux the bundle is `casebookPackageTests.xctest`, a file in the build folder.
        if folder.lastPathComponent.hasSuffix(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("casebook").path
    }()

    func run(_ arguments: [String], in directory: String? = nil) throws -> Run {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable), "build the casebook executable first: \(Self.executable)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func buildSucceedsWithExitZero() throws {
        let fixture = FixtureCollection()
        fixture.addSimpleCase("ok-case")
        let result = try run(["build", "--source", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built 1 case ("))
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/site/cases/ok-case/index.html"))
    }

    @Test func findingsExitOneAndNameFileLineAndColumn() throws {
        let fixture = FixtureCollection()
        fixture.addCase("bad", "---\ntitle: t\nsummary: s\ntags: pneumothorax\n---\n")
        let result = try run(["build"], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("content/cases/bad.md:4:7: error content.front-matter: `tags` must be a list, but it is a single value."))
        #expect(result.stdout.contains("hint: Write a list: `tags: [first, second]`."))
        #expect(result.stdout.hasSuffix("1 error\n"))
        #expect(result.stderr.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/site"))
    }

    @Test func warningsPassUnlessStrict() throws {
        let fixture = FixtureCollection()
        fixture.addSimpleCase("typo", frontMatter: "specialy: cardiology")
        let relaxed = try run(["build", "--source", fixture.root])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("warning content.unknown-key: Unknown key `specialy`; it is not used. Did you mean `specialty`?"))
        #expect(try run(["build", "--strict", "--source", fixture.root]).status == 1)
        #expect(try run(["check", fixture.root]).status == 0)
        #expect(try run(["check", "--strict", fixture.root]).status == 1)
    }

    @Test func toolFailuresExitTwo() throws {
        let noConfig = FixtureCollection(config: nil)
        let missing = try run(["build", "--source", noConfig.root])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("casebook: error: no casebook.yml in"))

        let badTemplate = FixtureCollection()
        badTemplate.addSimpleCase("a")
        badTemplate.write("Templates/home.mustache", "{{#latest}}\n")
        let template = try run(["build", "--source", badTemplate.root])
        #expect(template.status == 2)
        #expect(template.stderr.contains("Templates/home.mustache:"))
    }

    @Test func badArgumentsExitTwo() throws {
        let result = try run(["build", "--no-such-flag"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--no-such-flag'"))
        #expect(try run(["frobnicate"]).status == 2)
    }

    @Test func helpIsExactAndExitsZero() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout == """
        OVERVIEW: Build and check static sites of medical teaching cases.

        Exit codes: 0 no error-level findings, 1 error-level findings (with --strict,
        warnings too), 2 the tool could not do its job.

        USAGE: casebook <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          build                   Check every case and, only if all pass, write the
                                  site.
          check                   Run every check without writing a site.
          rules                   List every rule with its default severity and summary.
          explain                 Explain a rule: why it exists, examples, and how to
                                  suppress it.
          init                    Create a new collection: casebook.yml, the default
                                  templates and an example case.
          new                     Create new content.

          See 'casebook help <subcommand>' for detailed help.

        """)
        let build = try run(["build", "--help"])
        #expect(build.status == 0)
        #expect(build.stdout.contains("--drafts"))
        #expect(build.stdout.contains("--base-url <base-url>"))
    }

    @Test func initThenNewCaseThenBuild() throws {
        let fixture = FixtureCollection(config: nil)
        let folder = fixture.root + "/ward"
        #expect(try run(["init", folder, "--title", "Ward cases"]).status == 0)
        let new = try run(["new", "case", "Sudden breathlessness", "--source", folder])
        #expect(new.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/content/cases/sudden-breathlessness.md"))
        let build = try run(["build", "--source", folder])
        #expect(build.status == 0)
        #expect(build.stdout.contains("skipped 1 draft (--drafts to include)"))
        #expect(try run(["new", "case", "Sudden breathlessness", "--source", folder]).status == 2)
    }

    @Test func aPrivacyFindingStopsTheBuildWithoutRepeatingTheIdentifier() throws {
        let fixture = FixtureCollection()
        fixture.addSimpleCase("leaky", body: "Her son can be reached on (415) 555-0142.\n")
        let result = try run(["build", "--source", fixture.root])
        #expect(result.status == 1)
        #expect(result.stdout.contains("content/cases/leaky.md:7:27: error privacy.phone: Telephone number `(4**) ***-**42`."))
        #expect(!result.stdout.contains("555-0142"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/site"))
    }

    @Test func checkTakesLooseFilesAndEveryFormat() throws {
        let fixture = FixtureCollection(config: nil)
        let file = fixture.write("notes/case.md", "---\ntitle: t\nsummary: s\ntags: [a]\n---\nEmail jane.doe@example.com today.\n")
        let github = try run(["check", "--format", "github", file])
        #expect(github.status == 1)
        #expect(github.stdout.hasPrefix("::error file="))
        #expect(github.stdout.contains(",line=6,col=7,endLine=6,endColumn=27,title=privacy.email::"))
        let sarif = try run(["check", "--format", "sarif", fixture.root + "/notes"])
        #expect(sarif.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let plain = try run(["check", "--format", "json", fixture.root + "/notes"])
        #expect(plain.stdout.contains("\"rule\" : \"privacy.email\""))
        #expect(try run(["check", "--format", "yaml", file]).status == 2)
        #expect(try run(["check", fixture.root + "/no-such-file.md"]).status == 2)
        // A content folder named on the command line: its collections are checked as collections.
        fixture.write("content/cases/ok.md", "---\ntitle: t\nsummary: s\ntags: [a]\n---\nA quiet case.\n")
        fixture.write("content/collections/set.md", "---\ntitle: A set\nsummary: Cases together.\ncases: [ok]\n---\n")
        let content = try run(["check", "--strict", fixture.root + "/content"])
        #expect(content.status == 0, "\(content.stdout)")
    }

    @Test func rulesAndExplain() throws {
        let rules = try run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.split(separator: "\n").filter { $0.hasPrefix("privacy.") }.count == 15)
        let explain = try run(["explain", "privacy.phone"])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("privacy.phone (error): Telephone or fax number"))
        #expect(explain.stdout.contains("<!-- casebook-ignore privacy.phone: why this is not an identifier -->"))
        #expect(try run(["explain", "privacy.nothing"]).status == 2)
    }
}
