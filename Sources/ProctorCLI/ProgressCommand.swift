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
        let progress = try learner.open(for: loaded)
        let records = try progress.records()
        if json {
            print(JSONText.encode(ProgressJSON(course: loaded, records: records, learner: learner.name)))
            return
        }
        let style = TerminalStyle.forStandardOutput
        let name = VisibleText.escaped(learner.name)
        print(style.bold("Progress of \(name)") + "  " + ProgressBar.render(done: records.done, total: records.total, style: style))
        for lesson in loaded.lessons {
            print("\n\(lesson.order). " + style.bold(lesson.title))
            for exercise in lesson.exercises {
                print("   " + ExerciseStatus(records[exercise.id]).line(for: exercise, record: records[exercise.id], style: style))
            }
        }
        if !records.elsewhere.isEmpty {
            print("\n" + style.dim("Also recorded, for exercises this course no longer has:"))
            for record in records.elsewhere {
                print("   " + style.dim("\(VisibleText.escaped(record.exercise)) (\(ExerciseStatus.attempts(record.attempts))\(record.passedAnyVersion ? ", passed" : ""))"))
            }
        }
    }
}

/// Where a learner is with one exercise.
enum ExerciseStatus: String, Encodable {
    case passed
    case passedEarlierVersion = "passed_earlier_version"
    case attempted
    case notStarted = "not_started"

    /// The status that `record` shows (none: not started).
    init(_ record: ExerciseProgress?) {
        guard let record else { self = .notStarted; return }
        if record.passed {
            self = .passed
        } else if record.passedEarlierVersion {
            self = .passedEarlierVersion
        } else {
            self = record.attempts > 0 ? .attempted : .notStarted
        }
    }

    /// `✓ report_back  A process that reports back   3 attempts, 2 min`.
    func line(for exercise: Exercise, record: ExerciseProgress?, style: TerminalStyle) -> String {
        let mark: String
        switch self {
        case .passed: mark = style.pass("✓")
        case .passedEarlierVersion: mark = style.dim("↻")
        case .attempted: mark = style.fail("…")
        case .notStarted: mark = style.dim("·")
        }
        var text = "\(mark) \(exercise.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(exercise.title)"
        if self == .passedEarlierVersion {
            text += style.dim("  passed an earlier version (its tests changed): check it again")
        }
        if let record, record.attempts > 0 {
            let attempts = Self.attempts(record.attempts)
            let hints = record.hintsShown == 1 ? "1 hint" : "\(record.hintsShown) hints"
            text += style.dim("  (\(attempts) over \(Self.duration(record.secondsWorking)), \(hints))")
        }
        return text
    }

    /// `passed`, `passed an earlier version`, `attempted`, `not started`.
    var words: String {
        switch self {
        case .passed: "passed"
        case .passedEarlierVersion: "passed an earlier version"
        case .attempted: "attempted"
        case .notStarted: "not started"
        }
    }

    /// `1 attempt`, `3 attempts`.
    static func attempts(_ count: Int) -> String {
        count == 1 ? "1 attempt" : "\(count) attempts"
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

    /// An exercise recorded under the course that the course no longer has.
    struct OtherEntry: Encodable {
        let id: String
        let attempts: Int
        let passed: Bool
    }

    let learner: String
    let course: String
    let course_version: String
    let passed: Int
    let total: Int
    let lessons: [LessonEntry]
    let other_exercises: [OtherEntry]

    init(course: Course, records: CourseProgress, learner: String) {
        self.learner = learner
        self.course = course.identity.key
        course_version = course.identity.version
        passed = records.done
        total = records.total
        other_exercises = records.elsewhere.map { OtherEntry(id: $0.exercise, attempts: $0.attempts, passed: $0.passedAnyVersion) }
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
