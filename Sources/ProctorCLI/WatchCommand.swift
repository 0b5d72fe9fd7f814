#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Courseware
import Foundation

/// `proctor watch`: checks the current exercise again on every save (by polling, so it works
/// on WSL and network folders); keys n (next), h (hint), l (list), q (quit).
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch", abstract: "Check the current exercise on every save; keys: n next, h hint, l list, q quit.")

    @Option(name: .customLong("interval"), help: "How often to look for changes, in milliseconds.")
    var interval: Int32 = 300

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let progress = try learner.open(for: loaded)
        let workspace = try ExerciseLookup.workspace(progress: progress)
        guard let first = try progress.current() else {
            print("You have passed every exercise. `proctor progress` shows your record.")
            return
        }
        let raw = isatty(STDIN_FILENO) != 0 ? RawTerminal() : nil
        defer { raw?.restore() }
        var session = WatchSession(
            course: loaded, workspace: workspace, progress: progress, style: .forStandardOutput,
            target: first, rawMode: raw != nil)
        try session.loop(interval: max(interval, 20))
    }
}

/// The state of a watch: the exercise watched and the file's last seen version.
struct WatchSession {
    let course: Course
    let workspace: Workspace
    let progress: LearnerProgress
    let style: TerminalStyle
    var target: CourseExercise
    let rawMode: Bool
    private var lastSeen: Data?

    init(course: Course, workspace: Workspace, progress: LearnerProgress, style: TerminalStyle, target: CourseExercise, rawMode: Bool) {
        self.course = course
        self.workspace = workspace
        self.progress = progress
        self.style = style
        self.target = target
        self.rawMode = rawMode
    }

    /// Checks now, then on every change of the file, until `q` (or Ctrl-C, or the end of input).
    mutating func loop(interval: Int32) throws {
        var inputOpen = true
        try recheck()
        while true {
            if inputOpen, Terminal.waitForInput(milliseconds: interval) {
                guard let key = Terminal.readByte() else {
                    inputOpen = false
                    continue
                }
                if try !handle(key) { return }
            } else if !inputOpen {
                usleep(UInt32(interval) * 1000)
            }
            if contents() != lastSeen { try recheck() }
        }
    }

    /// Acts on a key; returns false to stop watching.
    private mutating func handle(_ key: UInt8) throws -> Bool {
        switch key {
        case UInt8(ascii: "q"), 3, 4: return false
        case UInt8(ascii: "n"):
            let passed = try progress.passed()
            if let next = course.nextExercise(after: target.exercise.id, passed: passed) ?? course.exercises.first {
                target = next
                try progress.setPosition(next.exercise.id)
                try recheck()
            }
        case UInt8(ascii: "h"):
            show("\n" + (try HintText(style: style).next(for: target, progress: progress)) + "\n")
        case UInt8(ascii: "l"):
            show("\n" + (try listing()) + "\n")
        default:
            break
        }
        return true
    }

    private mutating func recheck() throws {
        lastSeen = contents()
        let relative = workspace.relativePath(of: target.exercise, in: target.lesson)
        var screen = (style.enabled ? "\u{1B}[2J\u{1B}[H" : "") + style.dim("proctor watch — \(relative) — keys: n next · h hint · l list · q quit") + "\n\n"
        let result = try ExerciseChecker(
            course: course, workspace: workspace, progress: progress, style: style,
            grader: Grader(exploration: ScheduleOptions.standardExploration)
        ).check(target)
        screen += result.text + "\n"
        if result.report?.status == .pass, let position = try progress.current() { target = position }
        show(screen)
    }

    private func listing() throws -> String {
        let records = try progress.records()
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

    private func contents() -> Data? {
        FileManager.default.contents(atPath: workspace.path(of: target.exercise, in: target.lesson))
    }

    private func show(_ text: String) {
        Terminal.write(rawMode ? text.replacingNewlines() : text)
    }
}
