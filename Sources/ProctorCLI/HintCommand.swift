import ArgumentParser
import Courseware

/// `proctor hint [EXERCISE]`: the next hint, gentle first; every hint shown is recorded.
struct HintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hint", abstract: "Show the next hint for an exercise (the current one by default).")

    @Argument(help: "The exercise: its id or its file (`kv_server`, `05-state/kv_server.exs`; default: the one you are on).")
    var exercise: String?

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let progress = try learner.open(for: loaded)
        guard let target = try ExerciseLookup.target(exercise, in: loaded, progress: progress) else {
            print("You have passed every exercise: no hint needed.")
            return
        }
        print(WordWrap.forOutput(try HintText(style: .forStandardOutput).next(for: target, progress: progress)))
    }
}

/// Picks, records and words the next hint of an exercise.
struct HintText {
    let style: TerminalStyle
    /// Whether the next hint is offered as watch's key (`press h`) rather than a command.
    var keys = false

    /// The next hint not yet shown (after the last, all of them again), recorded as shown.
    func next(for target: CourseExercise, progress: LearnerProgress) throws -> String {
        let hints = target.exercise.hints
        guard !hints.isEmpty else { return "`\(target.exercise.id)` has no hints." }
        let shown = try progress.records()[target.exercise.id]?.hintsShown ?? 0
        if shown >= hints.count {
            let all = hints.enumerated().map { "\($0.offset + 1). \($0.element)" }
            return style.bold("All \(hints.count) hints for \(target.exercise.id):") + "\n" + all.joined(separator: "\n")
        }
        let number = shown + 1
        try progress.use {
            try $0.recordHintShown(exercise: target.exercise.id, number: number, course: progress.course.identity, learner: $1)
        }
        let again = keys ? "Press h again" : "`proctor hint` again"
        let more = number < hints.count ? "\(again) for the next one." : "That was the last hint."
        return style.bold("Hint \(number) of \(hints.count) for \(target.exercise.id):") + " " + hints[number - 1] + "\n" + style.dim(more)
    }
}
