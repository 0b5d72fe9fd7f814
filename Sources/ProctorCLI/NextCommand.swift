import ArgumentParser
import Courseware

/// `proctor next`: moves the learner on to the next exercise they have not passed, and says which.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Move on to the next exercise you have not passed (after the one you are on).")

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let progress = try learner.open(for: loaded)
        let current = try progress.current()
        guard let next = loaded.nextExercise(after: current?.exercise.id, passed: try progress.passed()) else {
            print("You have passed every exercise. `proctor progress` shows your record.")
            return
        }
        let style = TerminalStyle.forStandardOutput
        let file = Workspace.relativePath(of: next.exercise, in: next.lesson)
        if next.exercise.id == current?.exercise.id {
            print(WordWrap.forOutput("\(style.bold(next.exercise.title)) (\(next.exercise.id)) is the only exercise you have not passed: you stay on it, in \(file)."))
            return
        }
        try progress.setPosition(next.exercise.id)
        var lines = ["You are now on \(style.bold(next.exercise.title)) (\(next.exercise.id)), lesson \(next.lesson.order): \(next.lesson.title), in \(file)."]
        if next.lesson.id != current?.lesson.id {
            lines.append("It belongs to a new lesson: `proctor read \(next.lesson.id)` first.")
        }
        lines.append("`proctor check` grades it; `proctor tests \(next.exercise.id)` shows its tests.")
        print(WordWrap.forOutput(lines.joined(separator: "\n")))
    }
}
