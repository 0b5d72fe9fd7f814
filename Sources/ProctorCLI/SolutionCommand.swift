import ArgumentParser
import Courseware

/// `proctor solution EXERCISE`: the reference solution, once the learner's own passed.
struct SolutionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solution", abstract: "Show the reference solution of an exercise you have passed.")

    @Argument(help: "The exercise: its id or its file (`kv_server`, `05-state/kv_server.exs`).")
    var exercise: String

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let target = try ExerciseLookup.find(exercise, in: loaded)
        let progress = try learner.open(for: loaded)
        let record = try progress.records()[target.exercise.id]
        guard record?.passed == true else {
            let id = target.exercise.id
            printError(record?.passedEarlierVersion == true
                ? "proctor: you passed an earlier version of `\(id)`; its tests have changed since. `proctor check \(id)` grades your file against them, then the solution opens"
                : "proctor: the solution of `\(id)` opens once your own passes in this course; `proctor check \(id)` grades it, `proctor hint \(id)` helps")
            throw ExitCode(1)
        }
        print(target.exercise.solution, terminator: target.exercise.solution.hasSuffix("\n") ? "" : "\n")
    }
}
