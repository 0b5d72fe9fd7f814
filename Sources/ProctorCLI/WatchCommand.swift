#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Courseware
import Foundation

/// `proctor watch`: checks the current exercise again on every save (by polling, so it works
/// on WSL and network folders); keys n (next), h (hint), l (list), c (check now), q (quit).
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch", abstract: "Check the current exercise on every save; keys: n next, h hint, l list, c check, q quit.",
        discussion: """
            Checks run apart from the keys: q (or Ctrl-C) quits at once, even in the middle of a check, which is \
            then dropped without recording anything. After a pass the screen stays until you press n.
            """)

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
        let style = TerminalStyle.forStandardOutput
        var session = WatchSession(
            checker: ExerciseChecker(
                workspace: workspace, progress: progress, style: style,
                grader: Grader(exploration: ScheduleOptions.standardExploration), keys: true),
            screen: WatchScreen(style: style, workspace: workspace, rawMode: raw != nil, animated: isatty(STDOUT_FILENO) != 0),
            target: first)
        try session.loop(interval: max(interval, 20))
    }
}

/// The state of a watch: the exercise watched, the file's last seen version, and what is on
/// screen (a check running, its result, a pass waiting for `n`, a new lesson's introduction).
struct WatchSession {
    let checker: ExerciseChecker
    let screen: WatchScreen
    var target: CourseExercise
    private var lastSeen: Data?
    private var phase = Phase.waiting

    private enum Phase {
        /// A check runs.
        case grading(BackgroundGrading)
        /// A result (or a lesson's introduction) is on screen: the next save checks again.
        case waiting
        /// A pass is on screen: it stays until `n` (a save checks again).
        case passed(CheckOutcome)
    }

    init(checker: ExerciseChecker, screen: WatchScreen, target: CourseExercise) {
        self.checker = checker
        self.screen = screen
        self.target = target
    }

    private var progress: LearnerProgress { checker.progress }

    /// Checks now, then on every change of the file, until `q` (or Ctrl-C, or the end of input).
    mutating func loop(interval: Int32) throws {
        var inputOpen = true
        startCheck()
        while true {
            let wait: Int32 = grading ? 100 : interval
            // Keys from a terminal act at once; keys piped in (a script) are read between checks.
            let readsKeys = inputOpen && (screen.rawMode || !grading)
            if readsKeys, Terminal.waitForInput(milliseconds: wait) {
                guard let key = Terminal.readByte() else {
                    inputOpen = false
                    continue
                }
                if try !handle(key) { return }
            } else if !readsKeys {
                usleep(UInt32(wait) * 1000)
            }
            try step()
        }
    }

    /// Shows a finished check, animates a running one, or starts one when the file changed.
    private mutating func step() throws {
        if case .grading(let run) = phase {
            guard let graded = run.graded else {
                screen.spin(file: fileName, elapsed: run.elapsed)
                return
            }
            let result = try checker.record(graded, source: run.source)
            screen.showResult(of: target, text: result.text)
            phase = result.outcome.map { $0.passed ? .passed($0) : .waiting } ?? .waiting
        } else if contents() != lastSeen {
            startCheck()
        }
    }

    /// Acts on a key; returns false to stop watching.
    private mutating func handle(_ key: UInt8) throws -> Bool {
        switch key {
        case UInt8(ascii: "q"), 3, 4:
            if grading { screen.show("\n" + screen.style.dim("Check stopped; nothing was recorded.") + "\n") }
            return false
        case UInt8(ascii: "n"): try moveOn()
        case UInt8(ascii: "c"): if !grading { startCheck() }
        case UInt8(ascii: "h"):
            screen.show("\n" + (try HintText(style: screen.style, keys: true).next(for: target, progress: progress)) + "\n")
        case UInt8(ascii: "l"):
            screen.show("\n" + screen.listing(course: progress.course, records: try progress.records(), watching: target) + "\n")
        default:
            break
        }
        return true
    }

    /// `n`: the next exercise not passed (a running check is dropped); a new lesson first shows its introduction.
    private mutating func moveOn() throws {
        let passed = try progress.passed()
        let after: CourseExercise?
        if case .passed(let outcome) = phase, outcome.moved, let next = outcome.next {
            after = next
        } else {
            after = progress.course.nextExercise(after: target.exercise.id, passed: passed)
        }
        guard let next = after else {
            screen.show("\nYou have passed every exercise. `proctor progress` shows your record; q quits.\n")
            return
        }
        guard next.exercise.id != target.exercise.id else {
            screen.show("\nThis is the only exercise you have not passed: you stay on it.\n")
            return
        }
        let lesson = target.lesson.id
        target = next
        try progress.setPosition(next.exercise.id)
        guard next.lesson.id != lesson else {
            startCheck()
            return
        }
        lastSeen = contents()
        phase = .waiting
        screen.introduce(next)
    }

    private mutating func startCheck() {
        lastSeen = contents()
        switch checker.source(of: target) {
        case .failure(let unreadable):
            screen.showResult(of: target, text: unreadable.message)
            phase = .waiting
        case .success(let source):
            phase = .grading(BackgroundGrading(checker.workflow, target: target, source: source, fileName: fileName))
            screen.showChecking(target)
        }
    }

    private var grading: Bool {
        if case .grading = phase { return true }
        return false
    }

    private var fileName: String { checker.workspace.relativePath(of: target.exercise, in: target.lesson) }

    private func contents() -> Data? {
        FileManager.default.contents(atPath: checker.workspace.path(of: target.exercise, in: target.lesson))
    }
}
