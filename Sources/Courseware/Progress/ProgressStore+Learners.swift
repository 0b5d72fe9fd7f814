import Foundation
import GRDB

extension ProgressStore {
    /// The id of the learner called `name`, creating the profile on first use.
    public func learnerID(named name: String) throws(ProgressStoreError) -> Int64 {
        let known = try read { db in try Int64.fetchOne(db, sql: "SELECT id FROM learners WHERE name = ?", arguments: [name]) }
        if let known { return known }
        return try write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO learners (name, created_at) VALUES (?, ?)", arguments: [name, Date()])
            return try Int64.fetchOne(db, sql: "SELECT id FROM learners WHERE name = ?", arguments: [name]) ?? 0
        }
    }

    /// Every learner's name, in the order they first used proctor.
    public func learners() throws(ProgressStoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM learners ORDER BY id") }
    }

    /// Whether the learner has seen the first-run welcome.
    public func hasSeenWelcome(learner: Int64) throws(ProgressStoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT welcomed_at IS NOT NULL FROM learners WHERE id = ?", arguments: [learner]) ?? false
        }
    }

    /// Records that the learner has seen the welcome.
    public func markWelcomeSeen(learner: Int64) throws(ProgressStoreError) {
        try write { db in
            try db.execute(sql: "UPDATE learners SET welcomed_at = ? WHERE id = ? AND welcomed_at IS NULL", arguments: [Date(), learner])
        }
    }

    /// Makes `exercise` the one the learner is on in `course`, as of `now`.
    public func setPosition(exercise: String, course: CourseIdentity, learner: Int64, at now: Date = Date()) throws(ProgressStoreError) {
        try write { db in try PositionRow(learnerID: learner, course: course.key, exercise: exercise, updatedAt: now).save(db) }
    }

    /// The exercise the learner is on in `course`, if one was set.
    public func position(course: CourseIdentity, learner: Int64) throws(ProgressStoreError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT exercise FROM positions WHERE learner_id = ? AND course = ?", arguments: [learner, course.key])
        }
    }
}
