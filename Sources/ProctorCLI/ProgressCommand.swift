import ArgumentParser
import Courseware
import Foundation

/// `proctor progress [--json]`: per lesson and exercise, status, attempts and time spent.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "progress", abstract: "Show your progress: status, attempts and time per exercise.")

    @Flag(name: .customLong("json"), help: "Print it as JSON.")
    var json = false

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let progress = try learner.open()
        let records = try progress.use { try $0.progress(learner: $1) }
        if json {
            print(JSONText.encode(ProgressJSON(course: loaded, records: records, learner: learner.name)))
            return
        }
        let style = TerminalStyle.forStandardOutput
        let done = records.values.filter(\.passed).count
        print(style.bold("Progress of \(learner.name)") + "  " + ProgressBar.render(done: done, total: loaded.exercises.count, style: style))
        for lesson in loaded.lessons {
            print("\n\(lesson.order). " + style.bold(lesson.title))
            for exercise in lesson.exercises {
                print("   " + ExerciseStatus(records[exercise.id]).line(for: exercise, record: records[exercise.id], style: style))
            }
        }
    }
}

/// Where a learner is with one exercise.
enum ExerciseStatus: String, Encodable {
    case passed
    case attempted
    case notStarted = "not_started"

    /// The status that `record` shows (none: not started).
    init(_ record: ExerciseProgress?) {
        guard let record else { self = .notStarted; return }
        self = record.passed ? .passed : (record.attempts > 0 ? .attempted : .notStarted)
    }

    /// `✓ report_back  A process that reports back   3 attempts, 2 min`.
    func line(for exercise: Exercise, record: ExerciseProgress?, style: TerminalStyle) -> String {
        let mark: String
        switch self {
        case .passed: mark = style.pass("✓")
        case .attempted: mark = style.fail("…")
        case .notStarted: mark = style.dim("·")
        }
        var text = "\(mark) \(exercise.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(exercise.title)"
        if let record, record.attempts > 0 {
            let attempts = record.attempts == 1 ? "1 attempt" : "\(record.attempts) attempts"
            let hints = record.hintsShown == 1 ? "1 hint" : "\(record.hintsShown) hints"
            text += style.dim("  (\(attempts) over \(Self.duration(record.secondsWorking)), \(hints))")
        }
        return text
    }

    /// `40 s`, `12 min`, `1 h 5 min`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }
}

/// `proctor progress --json`.
struct ProgressJSON: Encodable {
    struct LessonEntry: Encodable {
        let id: String
        let title: String
        let exercises: [ExerciseEntry]
    }

    struct ExerciseEntry: Encodable {
        let id: String
        let status: ExerciseStatus
        let attempts: Int
        let hints_shown: Int
        let seconds_spent: Double
        let seconds_grading: Double
        let first_passed_at: String?
    }

    let learner: String
    let passed: Int
    let total: Int
    let lessons: [LessonEntry]

    init(course: Course, records: [String: ExerciseProgress], learner: String) {
        self.learner = learner
        passed = records.values.filter(\.passed).count
        total = course.exercises.count
        let formatter = ISO8601DateFormatter()
        lessons = course.lessons.map { lesson in
            LessonEntry(id: lesson.id, title: lesson.title, exercises: lesson.exercises.map { exercise in
                let record = records[exercise.id]
                return ExerciseEntry(
                    id: exercise.id, status: ExerciseStatus(record), attempts: record?.attempts ?? 0,
                    hints_shown: record?.hintsShown ?? 0, seconds_spent: record?.secondsWorking ?? 0,
                    seconds_grading: record?.secondsSpent ?? 0,
                    first_passed_at: record?.firstPassedAt.map(formatter.string))
            })
        }
    }
}

/// Encodes a value as pretty JSON with keys in a stable order.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }
}
