import ArgumentParser
import Courseware
import Foundation

/// `proctor init [DIR]`: the learner's workspace, one starter file per exercise.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the workspace: a folder per lesson, a starter file per exercise (never overwrites).")

    @Argument(help: "The folder to create.")
    var folder = "proctor-exercises"

    @Flag(name: .customLong("complete"), help: "Add the missing starter files to an existing workspace (after an upgrade, or for another course); never overwrites.")
    var complete = false

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let root = try target()
        let summary: WorkspaceWriter.Summary
        do {
            summary = try WorkspaceWriter(workspace: Workspace(root: root)).create(for: loaded)
        } catch {
            printError("proctor: \(error)")
            throw ExitCode(1)
        }
        try learner.open(for: loaded).recordWorkspace(Workspace(root: root))
        let style = TerminalStyle.forStandardOutput
        let shown = complete ? root : folder
        let starters = summary.created.filter { $0.hasSuffix(".exs") }.count
        print("Workspace \(style.bold(shown)): \(starters) starter files written, \(summary.kept.count) existing files kept as they were.")
        guard let first = loaded.exercises.first else { return }
        print("""

            Next:
              cd \(shown)
              proctor read \(first.lesson.id)        read the first lesson
              proctor check             grade \(Workspace(root: root).relativePath(of: first.exercise, in: first.lesson)) once you have edited it
              proctor watch             grade it again on every save
            """)
    }

    /// The workspace's root: the folder named, or the workspace it lies in with `--complete`;
    /// exit 1 naming the workspace when there is one already and `--complete` is not given.
    private func target() throws -> String {
        let named = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManagerPath.current)).standardizedFileURL.path
        guard let existing = Workspace.enclosing(FileManagerPath.current) ?? Workspace.enclosing(named) else { return named }
        if complete { return existing.root }
        printError("""
            proctor: \(VisibleText.escaped(existing.root)) already is a proctor workspace; your files are there. \
            Work in it (`proctor check` from any folder inside), or `proctor init --complete` adds the starter files it lacks
            """)
        throw ExitCode(1)
    }
}
