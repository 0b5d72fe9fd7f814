import Foundation
import GRDB

/// A row of `attempts`: one graded attempt of one learner, as stored.
struct AttemptRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "attempts"

    var learnerID: Int64
    var exercise: String
    var lesson: String
    var startedAt: Date
    var status: String
    var passed: Bool
    var testsPassed: Int
    var testsTotal: Int
    var durationMilliseconds: Int
    var codeHash: String
    var course: String
    var courseVersion: String
    var testsDigest: String

    enum CodingKeys: String, CodingKey {
        case learnerID = "learner_id", exercise, lesson, startedAt = "started_at", status, passed
        case testsPassed = "tests_passed", testsTotal = "tests_total", durationMilliseconds = "duration_ms"
        case codeHash = "code_hash", course, courseVersion = "course_version", testsDigest = "tests_digest"
    }

    /// The row that stores `attempt` for `learner`.
    init(_ attempt: Attempt, learner: Int64) {
        learnerID = learner
        exercise = attempt.exercise
        lesson = attempt.lesson
        startedAt = attempt.startedAt
        status = attempt.status
        passed = attempt.passed
        testsPassed = attempt.testsPassed
        testsTotal = attempt.testsTotal
        durationMilliseconds = attempt.durationMilliseconds
        codeHash = attempt.codeHash
        course = attempt.course
        courseVersion = attempt.courseVersion
        testsDigest = attempt.testsDigest
    }

    /// The attempt this row stores.
    var attempt: Attempt {
        Attempt(
            exercise: exercise, lesson: lesson, startedAt: startedAt, passed: passed, status: status, testsPassed: testsPassed,
            testsTotal: testsTotal, durationMilliseconds: durationMilliseconds, codeHash: codeHash, course: course,
            courseVersion: courseVersion, testsDigest: testsDigest)
    }
}

/// A row of `completions`: the first pass of one exercise of one course, under the digest of its tests.
struct CompletionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "completions"

    var learnerID: Int64
    var course: String
    var exercise: String
    var testsDigest: String
    var passedAt: Date

    enum CodingKeys: String, CodingKey {
        case learnerID = "learner_id", course, exercise, testsDigest = "tests_digest", passedAt = "passed_at"
    }
}

/// A row of `positions`: the exercise a learner is on in one course.
struct PositionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "positions"

    var learnerID: Int64
    var course: String
    var exercise: String
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case learnerID = "learner_id", course, exercise, updatedAt = "updated_at"
    }
}
