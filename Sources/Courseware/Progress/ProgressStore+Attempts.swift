import Foundation
import GRDB

extension ProgressStore {
    /// Records a graded attempt and, on its first pass with these tests in this course, the
    /// exercise's completion: one transaction.
    public func record(_ attempt: Attempt, learner: Int64) throws(ProgressStoreError) {
        try write { db in try ProgressStore.insert(attempt, learner: learner, db) }
    }

    /// Inserts `attempt` and, when it passed, its completion (kept if one is there), in the
    /// transaction open on `db`.
    static func insert(_ attempt: Attempt, learner: Int64, _ db: Database) throws {
        try AttemptRow(attempt, learner: learner).insert(db)
        if attempt.passed {
            let completion = CompletionRow(
                learnerID: learner, course: attempt.course, exercise: attempt.exercise, testsDigest: attempt.testsDigest,
                passedAt: attempt.startedAt)
            try completion.insert(db, onConflict: .ignore)
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
            try AttemptRow.filter(Column("learner_id") == learner && Column("exercise") == exercise)
                .order(Column("id")).fetchAll(db).map(\.attempt)
        }
    }

    /// What the learner did in `course`: its exercises' records, and apart from them the
    /// exercises recorded under the course that it no longer has. Records of other courses
    /// are not read.
    public func progress(learner: Int64, in course: Course) throws(ProgressStoreError) -> CourseProgress {
        try read { db in try ProgressStore.progress(db, learner: learner, in: course) }
    }

    /// `progress(learner:in:)` read inside a transaction already open on `db`.
    static func progress(_ db: Database, learner: Int64, in course: Course) throws -> CourseProgress {
        let key = course.identity.key
        var records = RecordsByExercise()
        try records.addAttempts(db, learner: learner, course: key)
        try records.addPasses(db, learner: learner, course: key, digests: TestsDigests(course: course))
        try records.addHints(db, learner: learner, course: key)
        return CourseProgress(course: course, records: records.byExercise)
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
    mutating func addPasses(_ db: Database, learner: Int64, course: String, digests: TestsDigests) throws {
        let rows = try Row.fetchAll(
            db, sql: "SELECT exercise, tests_digest, passed_at FROM completions WHERE learner_id = ? AND course = ? ORDER BY passed_at",
            arguments: [learner, course])
        for row in rows {
            let exercise: String = try row.decode(forColumn: "exercise")
            let digest: String = try row.decode(forColumn: "tests_digest")
            let passedAt: Date = try row.decode(forColumn: "passed_at")
            let current = digest.isEmpty || digest == digests.current(of: exercise)
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
