import Foundation
import PackagePlugin

/// Embeds the standard library's Elixir files (`Sources/Language/Library/Elixir/*.ex`, one per
/// Elixir module) into the Language module as one generated Swift file.
@main
struct EmbedLibrary: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Sources/Language/Library/Elixir")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "ex" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLibrary.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) library files",
                executable: try context.tool(named: "file-embedder").url,
                arguments: [output.path, "EmbeddedLibrary"] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}
