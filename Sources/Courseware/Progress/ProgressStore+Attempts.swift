import Foundation
import GRDB

extension ProgressStore {
    /// Records a graded attempt and, on its first pass, the exercise's completion: one transaction.
    public func record(_ attempt: Attempt, learner: Int64) throws(ProgressStoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO attempts (learner_id, exercise, lesson, started_at, status, passed, tests_passed,
                                          tests_total, duration_ms, code_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    learner, attempt.exercise, attempt.lesson, attempt.startedAt, attempt.status, attempt.passed,
                    attempt.testsPassed, attempt.testsTotal, attempt.durationMilliseconds, attempt.codeHash,
                ])
            if attempt.passed {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO completions (learner_id, exercise, passed_at) VALUES (?, ?, ?)",
                    arguments: [learner, attempt.exercise, attempt.startedAt])
            }
        }
    }

    /// Records that hint `number` of `exercise` was shown.
    public func recordHintShown(exercise: String, number: Int, learner: Int64) throws(ProgressStoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO hints (learner_id, exercise, number, shown_at) VALUES (?, ?, ?, ?)",
                arguments: [learner, exercise, number, Date()])
        }
    }

    /// Records that the learner put the starter file of `exercise` back (attempts are kept).
    public func recordReset(exercise: String, learner: Int64) throws(ProgressStoreError) {
        try write { db in
            try db.execute(sql: "INSERT INTO resets (learner_id, exercise, reset_at) VALUES (?, ?, ?)", arguments: [learner, exercise, Date()])
        }
    }

    /// The attempts at `exercise`, oldest first.
    public func attempts(exercise: String, learner: Int64) throws(ProgressStoreError) -> [Attempt] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM attempts WHERE learner_id = ? AND exercise = ? ORDER BY id", arguments: [learner, exercise]
            ).map { row in
                Attempt(
                    exercise: row["exercise"], lesson: row["lesson"], startedAt: row["started_at"], passed: row["passed"],
                    status: row["status"], testsPassed: row["tests_passed"], testsTotal: row["tests_total"],
                    durationMilliseconds: row["duration_ms"], codeHash: row["code_hash"])
            }
        }
    }

    /// Every exercise the learner has a record of, by id.
    public func progress(learner: Int64) throws(ProgressStoreError) -> [String: ExerciseProgress] {
        try read { db in
            var result: [String: ExerciseProgress] = [:]
            func entry(_ exercise: String) -> ExerciseProgress {
                result[exercise] ?? ExerciseProgress(
                    exercise: exercise, attempts: 0, passed: false, firstPassedAt: nil, hintsShown: 0, secondsSpent: 0, lastAttemptAt: nil,
                    firstAttemptAt: nil)
            }
            let attempts = try Row.fetchAll(db, sql: """
                SELECT exercise, COUNT(*) AS count, SUM(duration_ms) AS spent, MAX(started_at) AS last, MIN(started_at) AS first
                FROM attempts WHERE learner_id = ? GROUP BY exercise
                """, arguments: [learner])
            for row in attempts {
                var progress = entry(row["exercise"])
                progress.attempts = row["count"]
                progress.secondsSpent = Double(row["spent"] as Int? ?? 0) / 1000
                progress.lastAttemptAt = row["last"]
                progress.firstAttemptAt = row["first"]
                result[progress.exercise] = progress
            }
            for row in try Row.fetchAll(db, sql: "SELECT exercise, passed_at FROM completions WHERE learner_id = ?", arguments: [learner]) {
                var progress = entry(row["exercise"])
                progress.passed = true
                progress.firstPassedAt = row["passed_at"]
                result[progress.exercise] = progress
            }
            for row in try Row.fetchAll(db, sql: "SELECT exercise, MAX(number) AS shown FROM hints WHERE learner_id = ? GROUP BY exercise", arguments: [learner]) {
                var progress = entry(row["exercise"])
                progress.hintsShown = row["shown"]
                result[progress.exercise] = progress
            }
            return result
        }
    }
}
