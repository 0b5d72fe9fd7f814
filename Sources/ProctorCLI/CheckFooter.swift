import Courseware

/// The one footer under a check's report: what comes next, as commands (`proctor check`) or,
/// inside watch, as keys (`press n`).
struct CheckFooter {
    let style: TerminalStyle
    let workspace: Workspace
    let course: Course
    /// Whether to offer watch's keys instead of commands.
    let keys: Bool

    /// After a pass: the progress bar, a celebration when a lesson or the course is done, and the next step.
    func passed(_ outcome: CheckOutcome) -> String {
        let id = outcome.exercise.exercise.id
        let bar = ProgressBar.render(done: outcome.progress.done, total: outcome.progress.total, style: style)
        var lines = [style.pass("All tests pass: \(id) is done!") + "  " + bar]
        let celebration = Celebration(style: style)
        if outcome.completedCourse {
            lines.append("\n" + celebration.course(course, progress: outcome.progress))
        } else if let lesson = outcome.completedLesson {
            lines.append("\n" + celebration.lesson(lesson, progress: outcome.progress) + "\n")
        }
        let solution = "`proctor solution \(id)` shows our solution to compare."
        guard outcome.moved else { return (lines + [solution, staying(outcome)]).joined(separator: "\n") }
        guard let next = outcome.next else {
            if !outcome.completedCourse {
                lines.append("You have passed every exercise. `proctor progress` shows your record.")
            }
            return (lines + [solution]).joined(separator: "\n")
        }
        let file = workspace.relativePath(of: next.exercise, in: next.lesson)
        lines.append("Next: \(style.bold(next.exercise.title)) (\(next.exercise.id)) in \(file)")
        if keys {
            lines.append(style.bold("Press n") + " to go on (q quits); " + solution)
            return lines.joined(separator: "\n")
        }
        if next.lesson.id != outcome.exercise.lesson.id {
            lines.append("It belongs to a new lesson: `proctor read \(next.lesson.id)` first.")
        }
        lines.append("`proctor check` grades it; " + solution)
        return lines.joined(separator: "\n")
    }

    /// After a fail, or a file that did not load: how to go on, and the next hint.
    func stuck(_ outcome: CheckOutcome) -> String {
        let target = outcome.exercise
        let named = outcome.moved ? "" : " \(target.exercise.id)"
        let shown = outcome.progress[target.exercise.id]?.hintsShown ?? 0
        let hints = target.exercise.hints.count
        let loaded = outcome.report.status != .error
        let fix = "Fix \(loaded ? "the first failing test" : "it"), save, and "
        var lines = [fix + (keys ? "watch checks it again." : "run `proctor check\(named)` again.")]
        let hint = keys ? "press h" : "`proctor hint\(named)`"
        lines.append(shown < hints
            ? "Stuck? \(hint) shows hint \(shown + 1) of \(hints)."
            : "\(keys ? "Press h" : hint) shows the hints again; `proctor read \(target.lesson.id)` has the background.")
        if !outcome.moved { lines.append(staying(outcome)) }
        return lines.joined(separator: "\n")
    }

    /// Where the learner stays after `check OTHER` did not move them.
    private func staying(_ outcome: CheckOutcome) -> String {
        guard let current = outcome.position else { return "`proctor progress` shows your record." }
        return "You are still on \(style.bold(current.exercise.title)) (\(current.exercise.id)): `proctor check` grades it, `proctor next` moves on."
    }
}
