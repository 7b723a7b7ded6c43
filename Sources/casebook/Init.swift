import ArgumentParser
import CasebookSite

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new collection: casebook.yml, the default templates and an example case."
    )

    @Argument(help: "A new or empty folder.")
    var folder: String

    @Option(help: "The site's title.")
    var title: String = "Teaching cases"

    func run() throws {
        let files = try Scaffold.initCollection(at: folder, title: title)
        Terminal.printOut("Created a collection in \(folder) (\(files.count) files). Next: cd \(folder) && casebook build\n")
    }
}
