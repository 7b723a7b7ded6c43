import Foundation
import PackagePlugin

/// Embeds data folders into a target as Swift source, so that an installed `casebook` binary needs
/// no files beside it: the package's `Templates/` (the default theme) into CasebookRender as
/// `DefaultTheme`, and `Sources/CasebookRules/Lexicon/` (word lists) into CasebookRules as `Lexicon`.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (directory, typeName): (URL, String) = target.name == "CasebookRules"
            ? (context.package.directoryURL.appending(path: "Sources/CasebookRules/Lexicon"), "Lexicon")
            : (context.package.directoryURL.appending(path: "Templates"), "DefaultTheme")
        let output = context.pluginWorkDirectoryURL.appending(path: "\(typeName)+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(directory.lastPathComponent)/ as \(typeName)",
                executable: try context.tool(named: "embed-theme").url,
                arguments: [directory.path(percentEncoded: false), output.path(percentEncoded: false), typeName],
                inputFiles: try themeFiles(in: directory),
                outputFiles: [output]
            )
        ]
    }

    private func themeFiles(in directory: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var files: [URL] = [directory]
        for case let url as URL in enumerator {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(url)
            }
        }
        return files
    }
}
