import Foundation
import PackagePlugin

/// Embeds the course's `Lessons/*.md` (`FORMAT.md`, the format's documentation, aside) into the
/// Courseware module as one generated Swift file, with their digest (the course's version), so a
/// copied `proctor` binary carries its course with it.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lessons = context.package.directoryURL.appending(path: "Lessons")
        let files = try FileManager.default.contentsOfDirectory(at: lessons, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" && $0.lastPathComponent != "FORMAT.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) lesson files",
                executable: try context.tool(named: "file-embedder").url,
                arguments: [output.path, "EmbeddedLessons", "--digest"] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}
