import Courseware
import Foundation

/// Reads a learner's file, runs the check workflow (`ExerciseCheck`: grade, record, move on)
/// and renders what it found: the work behind `proctor check` and each round of `proctor watch`.
struct ExerciseChecker {
    let workspace: Workspace
    let progress: LearnerProgress
    let style: TerminalStyle
    var grader = Grader()
    /// When the report draws message sequence charts.
    var charts = GradeRenderer.Charts.whenUseful
    /// Whether every failing test is shown in full, not only the first.
    var expandAll = false
    /// Whether the learner named the exercise (`check OTHER`): then it moves "the exercise you
    /// are on" only when it is that exercise or the next one not passed.
    var named = false
    /// Whether the next steps are watch's keys (`press h`) rather than commands.
    var keys = false

    /// What one check found.
    struct Result {
        /// The workflow's outcome; nil when the file could not be read (`text` says why).
        let outcome: CheckOutcome?
        /// The text to show.
        let text: String
        /// The grade, if there was one.
        var report: GradeReport? { outcome?.report }
    }

    /// The check workflow for this learner.
    var workflow: ExerciseCheck {
        ExerciseCheck(course: progress.course, store: progress.store, learner: progress.learner, grader: grader)
    }

    /// The learner's file of `target`, or why it cannot be read.
    func source(of target: CourseExercise) -> Swift.Result<String, Unreadable> {
        do {
            return .success(try workspace.source(of: target.exercise, in: target.lesson))
        } catch {
            return .failure(Unreadable(message: "proctor: \(error)"))
        }
    }

    /// Grades `target`, records the attempt (and, on a pass, moves the learner on), and renders it.
    func check(_ target: CourseExercise) throws -> Result {
        switch source(of: target) {
        case .failure(let unreadable):
            return Result(outcome: nil, text: unreadable.message)
        case .success(let source):
            let file = workspace.relativePath(of: target.exercise, in: target.lesson)
            return try record(workflow.grade(target, source: source, fileName: file), source: source)
        }
    }

    /// Records a file graded apart (by `workflow.grade`) and renders the outcome.
    func record(_ graded: ExerciseCheck.Graded, source: String) throws -> Result {
        let outcome = try progress.use { _, _ in try workflow.record(graded, named: named) }
        return Result(outcome: outcome, text: render(outcome, source: source))
    }

    private func render(_ outcome: CheckOutcome, source: String) -> String {
        let file = workspace.relativePath(of: outcome.exercise.exercise, in: outcome.exercise.lesson)
        var text = GradeRenderer(style: style, charts: charts, expandAll: expandAll).render(outcome.report, file: file)
        if let hint = ModuleNameHint.text(for: outcome.report, source: source) {
            text += "\n\n" + WordWrap.forOutput(style.bold("Hint:") + " " + hint)
        }
        let footer = CheckFooter(style: style, workspace: workspace, course: progress.course, keys: keys)
        return text + "\n\n" + WordWrap.forOutput(outcome.passed ? footer.passed(outcome) : footer.stuck(outcome))
    }
}

/// Why a learner's file could not be read.
struct Unreadable: Error {
    /// What to show.
    let message: String
}
