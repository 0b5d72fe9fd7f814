import ArgumentParser
import Courseware
import Language

/// `proctor check [EXERCISE] [--all] [--json]`: grades an exercise of the workspace.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Grade an exercise (the current one by default); exit 0 when it passes, 1 when not.",
        discussion: """
            `proctor check OTHER` grades OTHER and records the attempt, but keeps you on the exercise you are on, \
            unless OTHER is that exercise or the next one you have not passed: then you move there, and on a pass \
            to the one after. `proctor next` moves on explicitly.
            """)

    @Argument(help: "The exercise: its id or its file (`kv_server`, `05-state/kv_server.exs`; default: the one you are on).")
    var exercise: String?

    @Flag(name: .customLong("json"), help: "Print the result as Exercism's results.json (version 3).")
    var json = false

    @Flag(name: .customLong("all"), help: "Show every failing test in full, not only the first.")
    var all = false

    @Option(help: "Seconds the whole check may take before the tests still running fail (default: 30).")
    var timeout: Double = 30

    @Flag(help: "Draw a message sequence chart of every test: what each process sent, received and did.")
    var trace = false

    @OptionGroup var explore: ScheduleOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func validate() throws {
        try LimitOptions.validate(timeout: timeout)
    }

    func run() throws {
        let loaded = try course.load()
        let progress = try learner.open(for: loaded)
        let workspace = try ExerciseLookup.workspace(progress: progress)
        guard let target = try ExerciseLookup.target(exercise, in: loaded, progress: progress) else {
            print("You have passed every exercise. `proctor progress` shows your record.")
            return
        }
        let style = json ? TerminalStyle(enabled: false) : TerminalStyle.forStandardOutput
        let result = try ExerciseChecker(
            workspace: workspace, progress: progress, style: style,
            grader: Grader(budget: TestSuite.Budget(
                wallTimeNanoseconds: Int64(timeout * 1e9), memoryLimitBytes: limits.memoryLimitBytes),
                exploration: explore.exploration),
            charts: trace ? .everyTest : .whenUseful, expandAll: all, named: exercise != nil
        ).check(target)
        guard let report = result.report else {
            printError(result.text)
            throw ExitCode(1)
        }
        print(json ? ResultsJSON.encode(report) : result.text)
        if let unmatched = unmatchedReplay(testCount: report.tests.count, exercise: target.exercise.id) { printError(unmatched) }
        if report.status != .pass { throw ExitCode(1) }
    }

    /// What to say when `--schedule` names a test the exercise does not have (so only the
    /// default schedule ran), else nil.
    private func unmatchedReplay(testCount: Int, exercise: String) -> String? {
        guard let token = explore.schedule, let replay = ScheduleReplay(token: token), replay.test > testCount else { return nil }
        return "The schedule \(token) names test \(replay.test), but \(exercise) has \(testCount) test\(testCount == 1 ? "" : "s"): nothing was replayed, "
            + "only the default schedule ran. Copy the token from the check that printed it."
    }
}
