import ArgumentParser
import Courseware
import Foundation

/// `proctor verify`: grades every exercise of the workspace again and shows a table of what
/// passes now beside what is recorded; records nothing. Each is graded as `check` grades it,
/// schedule exploration included, so a race `check` would find fails here too.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Grade every exercise of your workspace again and show a table (records nothing).",
        discussion: "Exit 0 when every exercise passes now, 1 otherwise. `proctor check EXERCISE` records a result.")

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let progress = try learner.open(for: loaded)
        let workspace = try ExerciseLookup.workspace(progress: progress)
        let submissions = loaded.exercises.map { exercise in
            ExerciseCheck.Submission(
                exercise: exercise, fileName: workspace.relativePath(of: exercise.exercise, in: exercise.lesson),
                source: try? workspace.source(of: exercise.exercise, in: exercise.lesson))
        }
        let workflow = ExerciseCheck(
            course: loaded, store: progress.store, learner: progress.learner,
            grader: Grader(exploration: ScheduleOptions.standardExploration))
        let grades = workflow.gradeAll(submissions)
        let table = VerifyTable(style: .forStandardOutput, records: try progress.records())
        print(WordWrap.forOutput(table.render(submissions, grades)))
        if grades.contains(where: { $0?.report.status != .pass }) { throw ExitCode(1) }
    }
}

/// The table `proctor verify` prints: one row per exercise, then what disagrees with the record.
struct VerifyTable {
    let style: TerminalStyle
    let records: CourseProgress

    /// The table, its totals and a line for each exercise whose grade now differs from its record.
    func render(_ submissions: [ExerciseCheck.Submission], _ grades: [ExerciseCheck.Graded?]) -> String {
        let idWidth = max(submissions.map(\.exercise.exercise.id.count).max() ?? 0, 8)
        let fileWidth = max(submissions.map(\.fileName.count).max() ?? 0, 4)
        let heading = pad("exercise", idWidth) + "  " + pad("file", fileWidth) + "  " + pad("tests", 6) + "  " + pad("now", 7) + "  recorded"
        var lines = [style.bold(heading)]
        var notes: [String] = []
        for (submission, graded) in zip(submissions, grades) {
            let id = submission.exercise.exercise.id
            let status = ExerciseStatus(records[id])
            let now = graded.map { $0.report.status.rawValue } ?? "missing"
            let tests = graded.map { "\($0.report.testsPassed)/\($0.report.tests.count)" } ?? "-"
            let shown = now == "pass" ? style.pass(pad(now, 7)) : style.fail(pad(now, 7))
            lines.append(pad(id, idWidth) + "  " + pad(submission.fileName, fileWidth) + "  " + pad(tests, 6) + "  " + shown + "  " + status.words)
            if now == "pass", status != .passed {
                notes.append("\(id) passes now but is not recorded as passed: `proctor check \(id)` records it.")
            } else if now != "pass", status == .passed {
                notes.append("\(id) is recorded as passed but does not pass now.")
            }
        }
        let passing = grades.filter { $0?.report.status == .pass }.count
        lines.append("")
        lines.append("\(passing) of \(submissions.count) exercises pass now; \(records.done) recorded as passed. Nothing was recorded.")
        return (lines + notes).joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
    }
}
