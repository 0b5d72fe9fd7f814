import Foundation
import GRDB

extension ProgressStore {
    /// Records `root` as the workspace the learner last used for `course`.
    public func recordWorkspace(root: String, course: CourseIdentity, learner: Int64) throws(ProgressStoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO workspaces (learner_id, course, root, used_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(learner_id, course) DO UPDATE SET root = excluded.root, used_at = excluded.used_at
                    """,
                arguments: [learner, course.key, root, Date()])
        }
    }

    /// The root of the workspace the learner last used for `course`, if one was recorded.
    public func workspaceRoot(course: CourseIdentity, learner: Int64) throws(ProgressStoreError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT root FROM workspaces WHERE learner_id = ? AND course = ?", arguments: [learner, course.key])
        }
    }
}
