import Foundation

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

    /// An attempt with every field given.
    public init(
        exercise: String, lesson: String, startedAt: Date, passed: Bool, status: String, testsPassed: Int,
        testsTotal: Int, durationMilliseconds: Int, codeHash: String
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
    }
}

/// What the store knows about one exercise for one learner.
public struct ExerciseProgress: Sendable, Equatable {
    /// The exercise's id.
    public var exercise: String
    /// How many attempts were graded.
    public var attempts: Int
    /// Whether it passed at least once.
    public var passed: Bool
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

    /// The time the learner has spent on it: from the first attempt to the first pass
    /// (or to the last attempt while it has not passed).
    public var secondsWorking: Double {
        guard let first = firstAttemptAt, let end = firstPassedAt ?? lastAttemptAt else { return 0 }
        return max(end.timeIntervalSince(first), 0)
    }
}
