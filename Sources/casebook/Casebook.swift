import ArgumentParser
import CasebookModel
import Foundation

/// `casebook`: the root command. Exit codes (PRODUCT.md): 0 no error-level findings, 1 error-level
/// findings, 2 the tool could not do its job (bad arguments included).
@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build and check static sites of medical teaching cases.",
        discussion: "Exit codes: 0 no error-level findings, 1 error-level findings (with --strict, warnings too), 2 the tool could not do its job.",
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Rules.self, Explain.self, Init.self, New.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CasebookError {
            Terminal.printError(error)
            Foundation.exit(2)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            // Help and version requests exit 0; every other argument problem is a usage error (2).
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

enum Terminal {
    static var colour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func printError(_ error: CasebookError) {
        FileHandle.standardError.write(Data("casebook: error: \(error)\n".utf8))
    }

    static func printOut(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
