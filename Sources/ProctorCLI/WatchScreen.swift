import Courseware

/// What watch draws: a header with the keys, the spinner of a running check, its result, a
/// new lesson's introduction, the course list.
struct WatchScreen {
    let style: TerminalStyle
    let workspace: Workspace
    /// Whether the terminal is in raw mode (lines end in `\r\n`).
    let rawMode: Bool
    /// Whether the output is a terminal (the spinner turns; otherwise one line says a check runs).
    let animated: Bool

    /// The screen while `target` is checked.
    func showChecking(_ target: CourseExercise) {
        let file = workspace.relativePath(of: target.exercise, in: target.lesson)
        show(header(file) + (animated ? Spinner.line(file: file, elapsed: 0, style: style) : "Checking \(file)…\n"))
    }

    /// Turns the spinner.
    func spin(file: String, elapsed: Double) {
        if animated { show(Spinner.line(file: file, elapsed: elapsed, style: style)) }
    }

    /// The screen with a check's result.
    func showResult(of target: CourseExercise, text: String) {
        show(header(workspace.relativePath(of: target.exercise, in: target.lesson)) + text + "\n")
    }

    /// The first screen of a new lesson: its title, summary and how to read it, then the exercise.
    func introduce(_ exercise: CourseExercise) {
        let lesson = exercise.lesson
        let file = workspace.relativePath(of: exercise.exercise, in: lesson)
        let lines = [
            style.bold("Lesson \(lesson.order): \(lesson.title)"),
            lesson.summary,
            "",
            "`proctor read \(lesson.id)` reads the lesson (in another terminal, or after q).",
            "Your exercise: \(style.bold(exercise.exercise.title)) (\(exercise.exercise.id)) in \(file).",
            style.bold("Press c") + " to check it now; watch checks it on every save.",
        ]
        show(header(file) + WordWrap.forOutput(lines.joined(separator: "\n")) + "\n")
    }

    /// The course's exercises with the learner's status, the watched one marked.
    func listing(course: Course, records: CourseProgress, watching target: CourseExercise) -> String {
        var lines: [String] = []
        for lesson in course.lessons {
            lines.append("\(lesson.order). " + style.bold(lesson.title))
            for exercise in lesson.exercises {
                let marker = exercise.id == target.exercise.id ? " ← watching" : ""
                lines.append("   " + ExerciseStatus(records[exercise.id]).line(for: exercise, record: nil, style: style) + marker)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Writes `text` as it is (newlines as `\r\n` in raw mode).
    func show(_ text: String) {
        Terminal.write(rawMode ? text.replacingNewlines() : text)
    }

    private func header(_ file: String) -> String {
        let clear = style.enabled ? "\u{1B}[2J\u{1B}[H" : ""
        return clear + style.dim("proctor watch — \(file) — keys: n next · h hint · l list · c check · q quit") + "\n\n"
    }
}
