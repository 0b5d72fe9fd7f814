import Courseware
import Foundation

/// Grades a learner's file, records the attempt, and says what comes next: the work
/// behind `proctor check` and each round of `proctor watch`.
struct ExerciseChecker {
    let course: Course
    let workspace: Workspace
    let progress: LearnerProgress
    let style: TerminalStyle
    var grader = Grader()
    /// When the report draws message sequence charts.
    var charts = GradeRenderer.Charts.whenUseful
    /// Whether every failing test is shown in full, not only the first.
    var expandAll = false

    /// What one check found.
    struct Result {
        /// The grade; nil when the file could not be read (`text` says why).
        let report: GradeReport?
        /// The text to show.
        let text: String
    }

    /// Grades `target`, records the attempt (and, on a pass, moves the learner on), and renders it.
    func check(_ target: CourseExercise) throws -> Result {
        let file = workspace.relativePath(of: target.exercise, in: target.lesson)
        let source: String
        do {
            source = try workspace.source(of: target.exercise, in: target.lesson)
        } catch {
            return Result(report: nil, text: "proctor: \(error)")
        }
        let startedAt = Date()
        let report = grader.grade(source, fileName: file, exercise: target.exercise)
        let attempt = Attempt(report, exercise: target, course: course.identity, startedAt: startedAt, source: source)
        try progress.use { try $0.record(attempt, learner: $1) }
        var text = GradeRenderer(style: style, charts: charts, expandAll: expandAll).render(report, file: file)
        if report.status == .pass {
            text += "\n\n" + (try passedText(target))
        } else {
            text += "\n\n" + (try stuckText(target))
        }
        return Result(report: report, text: text)
    }

    private func passedText(_ target: CourseExercise) throws -> String {
        let records = try progress.records()
        let passed = records.passed
        let bar = ProgressBar.render(done: records.done, total: records.total, style: style)
        var lines = [style.pass("All tests pass: \(target.exercise.id) is done!") + "  " + bar]
        guard let next = course.nextExercise(after: target.exercise.id, passed: passed) else {
            try progress.setPosition(target.exercise.id)
            lines.append("That was the last exercise: you finished the course. `proctor progress` shows your record.")
            return lines.joined(separator: "\n")
        }
        try progress.setPosition(next.exercise.id)
        lines.append("Next: \(style.bold(next.exercise.title)) (\(next.exercise.id)) in \(workspace.relativePath(of: next.exercise, in: next.lesson))")
        if next.lesson.id != target.lesson.id {
            lines.append("It belongs to a new lesson: `proctor read \(next.lesson.id)` first.")
        }
        lines.append("`proctor check` grades it; `proctor solution \(target.exercise.id)` shows our solution to compare.")
        return lines.joined(separator: "\n")
    }

    private func stuckText(_ target: CourseExercise) throws -> String {
        try progress.setPosition(target.exercise.id)
        let shown = try progress.records()[target.exercise.id]?.hintsShown ?? 0
        let hints = target.exercise.hints.count
        let hintLine = shown < hints
            ? "Stuck? `proctor hint` shows hint \(shown + 1) of \(hints)."
            : "`proctor hint` shows the hints again; `proctor read \(target.lesson.id)` has the background."
        return "Fix the first failing test, save, and run `proctor check` again.\n" + hintLine
    }
}
