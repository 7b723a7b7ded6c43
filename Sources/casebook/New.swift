import ArgumentParser
import CasebookModel
import CasebookSite
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create new content.",
        subcommands: [NewCase.self]
    )
}

struct NewCase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Write a draft case with every front-matter field and a privacy checklist."
    )

    @Argument(help: "The case's title; its page address is made from it.")
    var title: String

    @Option(help: "The collection's folder.")
    var source: String = "."

    @Flag(help: "Create content/cases/<slug>/index.md, a folder to keep the case's images beside it.")
    var bundle = false

    func run() throws {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        let today = PublicationDate(String(format: "%04d-%02d-%02d", components.year!, components.month!, components.day!))!
        let path = try Scaffold.newCase(title: title, in: source, bundle: bundle, today: today)
        Terminal.printOut("Created \(path) (status: draft). Fill it in, then set `status: published`.\n")
    }
}
