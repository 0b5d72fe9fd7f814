import Foundation
import PackagePlugin

/// Embeds the course's `Lessons/*.md` into the Courseware module as one generated Swift file,
/// so a copied `proctor` binary carries its course with it.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lessons = context.package.directoryURL.appending(path: "Lessons")
        let files = try FileManager.default.contentsOfDirectory(at: lessons, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) lesson files",
                executable: try context.tool(named: "file-embedder").url,
                arguments: [output.path, "EmbeddedLessons"] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}
