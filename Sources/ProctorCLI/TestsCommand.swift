import ArgumentParser
import Courseware

/// `proctor tests [EXERCISE]`: the ExUnit test file an exercise is graded with, as it is.
struct TestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tests",
        abstract: "Print the ExUnit tests an exercise is graded with (the current one by default).",
        discussion: "Line numbers match the ones `proctor check` shows (EXERCISE_test.exs:LINE).")

    @Argument(help: "The exercise: its id or its file (`kv_server`, `05-state/kv_server.exs`; default: the one you are on).")
    var exercise: String?

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let progress = try learner.open(for: loaded)
        guard let target = try ExerciseLookup.target(exercise, in: loaded, progress: progress) else {
            print("You have passed every exercise; `proctor tests EXERCISE` shows the tests of any of them.")
            return
        }
        let tests = target.exercise.tests
        print(tests, terminator: tests.hasSuffix("\n") ? "" : "\n")
    }
}
