import ArgumentParser
import Courseware
import Foundation

/// `proctor reset EXERCISE [--yes]`: the starter file again, the learner's kept as `.bak`.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: "Put an exercise's starter file back (your file is kept as FILE.exs.bak).")

    @Argument(help: "The exercise's id.")
    var exercise: String

    @Flag(name: .customLong("yes"), help: "Do not ask first.")
    var yes = false

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let target = try ExerciseLookup.find(exercise, in: loaded)
        let workspace = try ExerciseLookup.workspace()
        let relative = workspace.relativePath(of: target.exercise, in: target.lesson)
        if !yes {
            print("Replace \(relative) with the starter file? Your file is kept as \(relative).bak. [y/N] ", terminator: "")
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
        let progress = try learner.open(for: loaded)
        try progress.use { try $0.recordReset(exercise: target.exercise.id, course: loaded.identity, learner: $1) }
        print("\(relative) is the starter again" + (backup.map { "; your file is \($0)" } ?? "") + ". Your progress is kept.")
    }
}
