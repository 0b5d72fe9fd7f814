import ArgumentParser
import Courseware
import Foundation

/// `proctor reset EXERCISE [--yes]`: the starter file again, the learner's kept as a backup (`.bak`, `.bak.1`, ...).
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: "Put an exercise's starter file back; your file is kept as FILE.exs.bak (then .bak.1, .bak.2, ...; never overwritten).")

    @Argument(help: "The exercise: its id or its file (`kv_server`, `05-state/kv_server.exs`).")
    var exercise: String

    @Flag(name: .customLong("yes"), help: "Do not ask first.")
    var yes = false

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let target = try ExerciseLookup.find(exercise, in: loaded)
        let progress = try learner.open(for: loaded)
        let workspace = try ExerciseLookup.workspace(progress: progress)
        let relative = workspace.relativePath(of: target.exercise, in: target.lesson)
        if !yes {
            print("Replace \(relative) with the starter file? Your file is kept as a backup next to it (\(relative).bak, or .bak.1, .bak.2, ... if that exists). [y/N] ", terminator: "")
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                print("Nothing changed.")
                return
            }
        }
        let backup: String?
        do {
            backup = try WorkspaceWriter(workspace: workspace).reset(target.exercise, in: target.lesson)
        } catch {
            printError("proctor: \(error)")
            throw ExitCode(1)
        }
        try progress.use { try $0.recordReset(exercise: target.exercise.id, course: loaded.identity, learner: $1) }
        print("\(relative) is the starter again" + (backup.map { "; your file is \($0)" } ?? "") + ". Your progress is kept.")
    }
}
