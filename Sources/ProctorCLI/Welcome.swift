import Courseware

/// What `proctor` says with no command: a welcome the first time, then where the learner is.
enum Welcome {
    /// The first-run welcome: what proctor is and the three commands that matter.
    static func text(course: Course, style: TerminalStyle) -> String {
        let first = course.lessons.first?.id ?? "1"
        return """
            \(style.bold("Welcome to proctor!")) Learn Elixir processes — spawn, send and receive, links, tasks,
            state and agents — in \(course.lessons.count) lessons and \(course.exercises.count) exercises, right here in your terminal.
            Your code runs on proctor's own BEAM-style runtime: nothing else to install.

            The three commands that matter:
              \(style.code("proctor init"))          create your workspace: a folder per lesson, a file per exercise
              \(style.code("proctor read \(first)"))    read the first lesson
              \(style.code("proctor check"))         grade the exercise you are on (inside the workspace)

            Also: `proctor iex` (try the examples), `proctor watch` (check on every save), `proctor hint`,
            `proctor lessons`, `proctor progress`. `proctor --help` lists everything.
            """
    }

    /// Where the learner is: the progress bar, the current exercise and the next step.
    static func status(course: Course, progress: LearnerProgress, learner: String, style: TerminalStyle) throws -> String {
        let records = try progress.records()
        let bar = ProgressBar.render(done: records.done, total: records.total, style: style)
        var lines = [style.bold("proctor") + " — \(VisibleText.escaped(learner))  " + bar, ""]
        guard records.done < records.total, let current = try progress.current() else {
            lines.append("You have finished the course. `proctor progress` shows your record.")
            return lines.joined(separator: "\n")
        }
        let relative = Workspace.relativePath(of: current.exercise, in: current.lesson)
        lines.append("You are on \(style.bold(current.exercise.title)) (\(current.exercise.id)), lesson \(current.lesson.order): \(current.lesson.title).")
        lines.append("Next step: edit \(relative) in your workspace, then run `proctor check`.")
        lines.append("`proctor read \(current.lesson.id)` has the lesson; `proctor hint` helps when you are stuck.")
        return lines.joined(separator: "\n")
    }
}
