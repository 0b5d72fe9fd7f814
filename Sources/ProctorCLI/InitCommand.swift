import ArgumentParser
import Courseware
import Foundation

/// `proctor init [DIR]`: the learner's workspace, one starter file per exercise.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the workspace: a folder per lesson, a starter file per exercise (never overwrites).")

    @Argument(help: "The folder to create or complete.")
    var folder = "proctor-exercises"

    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let root = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManagerPath.current)).standardizedFileURL.path
        let summary: WorkspaceWriter.Summary
        do {
            summary = try WorkspaceWriter(workspace: Workspace(root: root)).create(for: loaded)
        } catch {
            printError("proctor: \(error)")
            throw ExitCode(1)
        }
        let style = TerminalStyle.forStandardOutput
        let starters = summary.created.filter { $0.hasSuffix(".exs") }.count
        print("Workspace \(style.bold(folder)): \(starters) starter files written, \(summary.kept.count) existing files kept as they were.")
        guard let first = loaded.exercises.first else { return }
        print("""

            Next:
              cd \(folder)
              proctor read \(first.lesson.id)        read the first lesson
              proctor check             grade \(Workspace(root: root).relativePath(of: first.exercise, in: first.lesson)) once you have edited it
              proctor watch             grade it again on every save
            """)
    }
}
