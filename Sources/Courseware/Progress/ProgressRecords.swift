import Digests
import Foundation
import Language

/// One graded attempt to record.
public struct Attempt: Sendable, Equatable {
    /// The exercise's id (`report_back`).
    public var exercise: String
    /// The lesson's id (`spawn`).
    public var lesson: String
    /// When grading started.
    public var startedAt: Date
    /// Whether every test passed.
    public var passed: Bool
    /// `pass`, `fail` or `error`, as in results.json.
    public var status: String
    /// How many tests passed.
    public var testsPassed: Int
    /// How many tests ran.
    public var testsTotal: Int
    /// How long grading took.
    public var durationMilliseconds: Int
    /// SHA-256 of the learner's file, in hex.
    public var codeHash: String
    /// The key of the course it was graded against (`CourseIdentity.key`).
    public var course: String
    /// The version of that course (`CourseIdentity.version`; '' when recorded before courses were told apart).
    public var courseVersion: String
    /// The digest of the exercise's tests it was graded with (`Exercise.testsDigest`; '' when unknown).
    public var testsDigest: String

    /// An attempt with every field given.
    public init(
        exercise: String, lesson: String, startedAt: Date, passed: Bool, status: String, testsPassed: Int,
        testsTotal: Int, durationMilliseconds: Int, codeHash: String, course: String, courseVersion: String,
        testsDigest: String
    ) {
        self.exercise = exercise
        self.lesson = lesson
        self.startedAt = startedAt
        self.passed = passed
        self.status = status
        self.testsPassed = testsPassed
        self.testsTotal = testsTotal
        self.durationMilliseconds = durationMilliseconds
        self.codeHash = codeHash
        self.course = course
        self.courseVersion = courseVersion
        self.testsDigest = testsDigest
    }

    /// The attempt at `exercise` of `course` graded by `report`, for the learner's file `source`.
    public init(_ report: GradeReport, exercise: CourseExercise, course: CourseIdentity, startedAt: Date, source: String) {
        self.init(
            exercise: exercise.exercise.id, lesson: exercise.lesson.id, startedAt: startedAt, passed: report.status == .pass,
            status: report.status.rawValue, testsPassed: report.testsPassed, testsTotal: report.tests.count,
            durationMilliseconds: report.durationMilliseconds, codeHash: SHA256.hex(of: source), course: course.key,
            courseVersion: course.version, testsDigest: exercise.exercise.testsDigest)
    }
}

/// What the store knows about one exercise for one learner.
public struct ExerciseProgress: Sendable, Equatable {
    /// The exercise's id.
    public var exercise: String
    /// How many attempts were graded.
    public var attempts: Int
    /// Whether it passed at least once, with the exercise's tests as they are now.
    public var passed: Bool
    /// Whether it passed an earlier version of the exercise (tests since changed) and not this one.
    public var passedEarlierVersion = false
    /// When it first passed.
    public var firstPassedAt: Date?
    /// The highest hint number shown (0: none).
    public var hintsShown: Int
    /// The grading time of every attempt, added up.
    public var secondsSpent: Double
    /// When it was last attempted.
    public var lastAttemptAt: Date?
    /// When it was first attempted.
    public var firstAttemptAt: Date?

    /// Whether it passed any version of the exercise.
    public var passedAnyVersion: Bool { passed || passedEarlierVersion }

    /// The time the learner has spent on it: from the first attempt to the first pass
    /// (or to the last attempt while it has not passed).
    public var secondsWorking: Double {
        guard let first = firstAttemptAt, let end = firstPassedAt ?? lastAttemptAt else { return 0 }
        return max(end.timeIntervalSince(first), 0)
    }
}
