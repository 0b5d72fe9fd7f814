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
    /// Whether grading moves "the exercise you are on" (false: `check OTHER` of an exercise
    /// that is neither the current one nor the next unsolved one).
    var movesPosition = true

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
        if let hint = ModuleNameHint.text(for: report, source: source) {
            text += "\n\n" + WordWrap.forOutput(style.bold("Hint:") + " " + hint)
        }
        let next = report.status == .pass ? try passedText(target) : try stuckText(target, loaded: report.status != .error)
        text += "\n\n" + WordWrap.forOutput(next)
        return Result(report: report, text: text)
    }

    private func passedText(_ target: CourseExercise) throws -> String {
        let records = try progress.records()
        let passed = records.passed
        let bar = ProgressBar.render(done: records.done, total: records.total, style: style)
        var lines = [style.pass("All tests pass: \(target.exercise.id) is done!") + "  " + bar]
        guard movesPosition else {
            lines.append("`proctor solution \(target.exercise.id)` shows our solution to compare.")
            lines.append(try stayingText())
            return lines.joined(separator: "\n")
        }
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

    /// Where the learner stays after `check OTHER` did not move them.
    private func stayingText() throws -> String {
        guard let current = try progress.current() else { return "`proctor progress` shows your record." }
        return "You are still on \(style.bold(current.exercise.title)) (\(current.exercise.id)): `proctor check` grades it, `proctor next` moves on."
    }

    /// What to do after a fail, or after a file that did not load: one footer, naming the
    /// exercise when it is not the one the learner is on.
    private func stuckText(_ target: CourseExercise, loaded: Bool) throws -> String {
        if movesPosition { try progress.setPosition(target.exercise.id) }
        let named = movesPosition ? "" : " \(target.exercise.id)"
        let shown = try progress.records()[target.exercise.id]?.hintsShown ?? 0
        let hints = target.exercise.hints.count
        var lines = ["Fix \(loaded ? "the first failing test" : "it"), save, and run `proctor check\(named)` again."]
        lines.append(shown < hints
            ? "Stuck? `proctor hint\(named)` shows hint \(shown + 1) of \(hints)."
            : "`proctor hint\(named)` shows the hints again; `proctor read \(target.lesson.id)` has the background.")
        if !movesPosition { lines.append(try stayingText()) }
        return lines.joined(separator: "\n")
    }
}
