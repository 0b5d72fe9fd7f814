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
        return migrator
    }
}
