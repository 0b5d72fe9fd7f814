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
            course: loaded, workspace: workspace, progress: progress, style: style,
            grader: Grader(budget: TestSuite.Budget(
                wallTimeNanoseconds: Int64(timeout * 1e9), memoryLimitBytes: limits.memoryLimitBytes),
                exploration: explore.exploration),
            charts: trace ? .everyTest : .whenUseful, expandAll: all,
            movesPosition: try progress.moves(to: target, named: exercise != nil)
        ).check(target)
        guard let report = result.report else {
            printError(result.text)
            throw ExitCode(1)
        }
        print(json ? ResultsJSON.encode(report) : result.text)
        if report.status != .pass { throw ExitCode(1) }
    }
}
