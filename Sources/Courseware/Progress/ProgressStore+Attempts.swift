import Foundation
import GRDB

extension ProgressStore {
    /// Records a graded attempt and, on its first pass with these tests in this course, the
    /// exercise's completion: one transaction.
    public func record(_ attempt: Attempt, learner: Int64) throws(ProgressStoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO attempts (learner_id, exercise, lesson, started_at, status, passed, tests_passed,
                                          tests_total, duration_ms, code_hash, course, course_version, tests_digest)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    learner, attempt.exercise, attempt.lesson, attempt.startedAt, attempt.status, attempt.passed,
                    attempt.testsPassed, attempt.testsTotal, attempt.durationMilliseconds, attempt.codeHash,
                    attempt.course, attempt.courseVersion, attempt.testsDigest,
                ])
            if attempt.passed {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO completions (learner_id, course, exercise, tests_digest, passed_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [learner, attempt.course, attempt.exercise, attempt.testsDigest, attempt.startedAt])
            }
        }
    }

    /// Records that hint `number` of `exercise` in `course` was shown.
    public func recordHintShown(exercise: String, number: Int, course: CourseIdentity, learner: Int64) throws(ProgressStoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO hints (learner_id, course, exercise, number, shown_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [learner, course.key, exercise, number, Date()])
        }
    }

    /// Records that the learner put the starter file of `exercise` back (attempts are kept).
    public func recordReset(exercise: String, course: CourseIdentity, learner: Int64) throws(ProgressStoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO resets (learner_id, course, exercise, reset_at) VALUES (?, ?, ?, ?)",
                arguments: [learner, course.key, exercise, Date()])
        }
    }

    /// The attempts at `exercise` in every course, oldest first.
    public func attempts(exercise: String, learner: Int64) throws(ProgressStoreError) -> [Attempt] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM attempts WHERE learner_id = ? AND exercise = ? ORDER BY id", arguments: [learner, exercise]
            ).map { row in
                Attempt(
                    exercise: try row.decode(forColumn: "exercise"), lesson: try row.decode(forColumn: "lesson"), startedAt: try row.decode(forColumn: "started_at"), passed: try row.decode(forColumn: "passed"),
                    status: try row.decode(forColumn: "status"), testsPassed: try row.decode(forColumn: "tests_passed"), testsTotal: try row.decode(forColumn: "tests_total"),
                    durationMilliseconds: try row.decode(forColumn: "duration_ms"), codeHash: try row.decode(forColumn: "code_hash"), course: try row.decode(forColumn: "course"),
                    courseVersion: try row.decode(forColumn: "course_version"), testsDigest: try row.decode(forColumn: "tests_digest"))
            }
        }
    }

    /// What the learner did in `course`: its exercises' records, and apart from them the
    /// exercises recorded under the course that it no longer has. Records of other courses
    /// are not read.
    public func progress(learner: Int64, in course: Course) throws(ProgressStoreError) -> CourseProgress {
        let digests = Dictionary(course.exercises.map { ($0.exercise.id, $0.exercise.testsDigest) }) { first, _ in first }
        let key = course.identity.key
        let records = try read { db in
            var records = RecordsByExercise()
            try records.addAttempts(db, learner: learner, course: key)
            try records.addPasses(db, learner: learner, course: key, digests: digests)
            try records.addHints(db, learner: learner, course: key)
            return records.byExercise
        }
        return CourseProgress(course: course, records: records)
    }
}

/// The records of one learner in one course, gathered exercise by exercise. Values are decoded
/// with errors (never traps), so a database edited by hand gives an error message, not a crash.
private struct RecordsByExercise {
    var byExercise: [String: ExerciseProgress] = [:]

    private mutating func update(_ exercise: String, _ change: (inout ExerciseProgress) -> Void) {
        var progress = byExercise[exercise] ?? ExerciseProgress(
            exercise: exercise, attempts: 0, passed: false, firstPassedAt: nil, hintsShown: 0, secondsSpent: 0,
            lastAttemptAt: nil, firstAttemptAt: nil)
        change(&progress)
        byExercise[exercise] = progress
    }

    /// How many attempts, how long they took, the first and the last.
    mutating func addAttempts(_ db: Database, learner: Int64, course: String) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT exercise, COUNT(*) AS count, SUM(duration_ms) AS spent, MAX(started_at) AS last, MIN(started_at) AS first
            FROM attempts WHERE learner_id = ? AND course = ? GROUP BY exercise
            """, arguments: [learner, course])
        for row in rows {
            let count: Int = try row.decode(forColumn: "count")
            let spent: Int? = try row.decode(forColumn: "spent")
            let last: Date? = try row.decode(forColumn: "last")
            let first: Date? = try row.decode(forColumn: "first")
            update(try row.decode(forColumn: "exercise")) { progress in
                progress.attempts = count
                progress.secondsSpent = Double(max(spent ?? 0, 0)) / 1000
                progress.lastAttemptAt = last
                progress.firstAttemptAt = first
            }
        }
    }

    /// Passes, oldest first: one with the exercise's current tests (or from before tests were
    /// recorded, digest '') passes it; one with other tests only passed an earlier version.
    mutating func addPasses(_ db: Database, learner: Int64, course: String, digests: [String: String]) throws {
        let rows = try Row.fetchAll(
            db, sql: "SELECT exercise, tests_digest, passed_at FROM completions WHERE learner_id = ? AND course = ? ORDER BY passed_at",
            arguments: [learner, course])
        for row in rows {
            let exercise: String = try row.decode(forColumn: "exercise")
            let digest: String = try row.decode(forColumn: "tests_digest")
            let passedAt: Date = try row.decode(forColumn: "passed_at")
            let current = digest.isEmpty || digest == digests[exercise]
            update(exercise) { progress in
                guard !progress.passed else { return }
                progress.passed = current
                progress.passedEarlierVersion = !current
                if current { progress.firstPassedAt = passedAt }
            }
        }
    }

    /// The highest hint number shown (never below 0).
    mutating func addHints(_ db: Database, learner: Int64, course: String) throws {
        let rows = try Row.fetchAll(
            db, sql: "SELECT exercise, MAX(number) AS shown FROM hints WHERE learner_id = ? AND course = ? GROUP BY exercise",
            arguments: [learner, course])
        for row in rows {
            let shown: Int = try row.decode(forColumn: "shown")
            update(try row.decode(forColumn: "exercise")) { $0.hintsShown = max(shown, 0) }
        }
    }
}
