import ArgumentParser
import Courseware

/// `proctor solution EXERCISE`: the reference solution, once the learner's own passed.
struct SolutionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solution", abstract: "Show the reference solution of an exercise you have passed.")

    @Argument(help: "The exercise's id.")
    var exercise: String

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let target = try ExerciseLookup.find(exercise, in: loaded)
        let progress = try learner.open()
        guard try progress.passed().contains(target.exercise.id) else {
            printError("proctor: the solution of `\(exercise)` opens once your own passes; `proctor check \(exercise)` grades it, `proctor hint \(exercise)` helps")
            throw ExitCode(1)
        }
        print(target.exercise.solution, terminator: target.exercise.solution.hasSuffix("\n") ? "" : "\n")
    }
}
