import GRDB

/// The progress database's schema: named migrations, only ever appended to.
enum ProgressSchema {
    /// Every migration, in order. Never edit or remove one; add a new one instead.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-learners") { db in
            try db.create(table: "learners") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull().unique()
                table.column("created_at", .datetime).notNull()
                table.column("welcomed_at", .datetime)
            }
        }
        migrator.registerMigration("v1-attempts") { db in
            try db.create(table: "attempts") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("learner_id", .integer).notNull().references("learners")
                table.column("exercise", .text).notNull()
                table.column("lesson", .text).notNull()
                table.column("started_at", .datetime).notNull()
                table.column("status", .text).notNull()
                table.column("passed", .boolean).notNull()
                table.column("tests_passed", .integer).notNull()
                table.column("tests_total", .integer).notNull()
                table.column("duration_ms", .integer).notNull()
                table.column("code_hash", .text).notNull()
            }
            try db.create(index: "attempts_by_learner_exercise", on: "attempts", columns: ["learner_id", "exercise"])
        }
        migrator.registerMigration("v1-completions") { db in
            try db.create(table: "completions") { table in
                table.column("learner_id", .integer).notNull().references("learners")
                table.column("exercise", .text).notNull()
                table.column("passed_at", .datetime).notNull()
                table.primaryKey(["learner_id", "exercise"])
            }
        }
        migrator.registerMigration("v1-hints") { db in
            try db.create(table: "hints") { table in
                table.column("learner_id", .integer).notNull().references("learners")
                table.column("exercise", .text).notNull()
                table.column("number", .integer).notNull()
                table.column("shown_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v1-positions") { db in
            try db.create(table: "positions") { table in
                table.primaryKey("learner_id", .integer).references("learners")
                table.column("exercise", .text).notNull()
                table.column("updated_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v1-resets") { db in
            try db.create(table: "resets") { table in
                table.column("learner_id", .integer).notNull().references("learners")
                table.column("exercise", .text).notNull()
                table.column("reset_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v1-course-identity") { db in
            try addCourseColumns(db)
            try rebuildCompletionsPerCourse(db)
            try rebuildPositionsPerCourse(db)
        }
        migrator.registerMigration("v2-workspaces") { db in
            try db.create(table: "workspaces") { table in
                table.column("learner_id", .integer).notNull().references("learners")
                table.column("course", .text).notNull()
                table.column("root", .text).notNull()
                table.column("used_at", .datetime).notNull()
                table.primaryKey(["learner_id", "course"])
            }
        }
        return migrator
    }

    /// Rows written before courses were told apart were graded against the built-in course
    /// (the one proctor ships); the version and tests they were graded against are unknown,
    /// written as '', and count as the current ones.
    private static func addCourseColumns(_ db: Database) throws {
        try db.alter(table: "attempts") { table in
            table.add(column: "course", .text).notNull().defaults(to: CourseIdentity.builtInKey)
            table.add(column: "course_version", .text).notNull().defaults(to: "")
            table.add(column: "tests_digest", .text).notNull().defaults(to: "")
        }
        try db.alter(table: "hints") { table in table.add(column: "course", .text).notNull().defaults(to: CourseIdentity.builtInKey) }
        try db.alter(table: "resets") { table in table.add(column: "course", .text).notNull().defaults(to: CourseIdentity.builtInKey) }
        try db.create(index: "attempts_by_learner_course_exercise", on: "attempts", columns: ["learner_id", "course", "exercise"])
    }

    /// A completion is a pass of one exercise of one course, under the digest of its tests.
    private static func rebuildCompletionsPerCourse(_ db: Database) throws {
        try db.create(table: "course_completions") { table in
            table.column("learner_id", .integer).notNull().references("learners")
            table.column("course", .text).notNull()
            table.column("exercise", .text).notNull()
            table.column("tests_digest", .text).notNull()
            table.column("passed_at", .datetime).notNull()
            table.primaryKey(["learner_id", "course", "exercise", "tests_digest"])
        }
        try db.execute(
            sql: "INSERT INTO course_completions SELECT learner_id, ?, exercise, '', passed_at FROM completions",
            arguments: [CourseIdentity.builtInKey])
        try db.drop(table: "completions")
        try db.rename(table: "course_completions", to: "completions")
    }

    /// Each course keeps its own place in it.
    private static func rebuildPositionsPerCourse(_ db: Database) throws {
        try db.create(table: "course_positions") { table in
            table.column("learner_id", .integer).notNull().references("learners")
            table.column("course", .text).notNull()
            table.column("exercise", .text).notNull()
            table.column("updated_at", .datetime).notNull()
            table.primaryKey(["learner_id", "course"])
        }
        try db.execute(
            sql: "INSERT INTO course_positions SELECT learner_id, ?, exercise, updated_at FROM positions",
            arguments: [CourseIdentity.builtInKey])
        try db.drop(table: "positions")
        try db.rename(table: "course_positions", to: "positions")
    }
}
