@testable import Courseware
import Foundation
import GRDB
import TestSupport
import Testing

private func freshPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("proctor-course-\(UUID().uuidString)/progress.sqlite3").path
}

/// Progress belongs to the course it was graded against.
@Suite struct CourseProgressTests {
    @Test func aPassAgainstAnotherCourseLeavesTheBuiltInOneUntouched() throws {
        let store = try ProgressStore(path: freshPath())
        let alice = try store.learnerID(named: "alice")
        let builtIn = try Course.embedded()
        let tiny = try TinyCourse.course()
        try store.record(attempt("sleepy_process", passed: true, course: tiny), learner: alice)
        try store.recordHintShown(exercise: "sleepy_process", number: 1, course: tiny.identity, learner: alice)
        try store.setPosition(exercise: "sleepy_process", course: tiny.identity, learner: alice)
        let inBuiltIn = try store.progress(learner: alice, in: builtIn)
        #expect(inBuiltIn["sleepy_process"] == nil)
        #expect(inBuiltIn.done == 0)
        #expect(try store.position(course: builtIn.identity, learner: alice) == nil)
        let inTiny = try store.progress(learner: alice, in: tiny)
        #expect(inTiny["sleepy_process"]?.passed == true)
        #expect(inTiny["sleepy_process"]?.hintsShown == 1)
        #expect(inTiny.done == 1 && inTiny.total == 1)
    }

    @Test func changedTestsShowAsAnEarlierVersionUntilCheckedAgain() throws {
        let store = try ProgressStore(path: freshPath())
        let alice = try store.learnerID(named: "alice")
        let builtIn = try Course.embedded()
        try store.record(attempt("report_back", passed: true, testsDigest: "tests-of-an-earlier-version"), learner: alice)
        let before = try #require(try store.progress(learner: alice, in: builtIn)["report_back"])
        #expect(!before.passed)
        #expect(before.passedEarlierVersion)
        #expect(try store.progress(learner: alice, in: builtIn).done == 0)
        try store.record(attempt("report_back", passed: true), learner: alice)
        let after = try #require(try store.progress(learner: alice, in: builtIn)["report_back"])
        #expect(after.passed)
        #expect(!after.passedEarlierVersion)
        #expect(after.attempts == 2)
    }

    @Test func exercisesTheCourseNoLongerHasAreListedApartAndNeverCounted() throws {
        let store = try ProgressStore(path: freshPath())
        let alice = try store.learnerID(named: "alice")
        let builtIn = try Course.embedded()
        for id in ["sleepy_process", "report_back", "dropped_in_a_newer_version"] {
            try store.record(attempt(id, passed: true, testsDigest: ""), learner: alice)
        }
        let progress = try store.progress(learner: alice, in: builtIn)
        #expect(progress.passed == ["sleepy_process", "report_back"])
        #expect(progress.elsewhere.map(\.exercise) == ["dropped_in_a_newer_version"])
        #expect(progress.done == 2)
    }

    @Test func countsNeverExceedTheCourseWhateverTheRecords() throws {
        let tiny = try TinyCourse.course()
        let records = Dictionary(uniqueKeysWithValues: ["sleepy_process", "a", "b", "c"].map { id in
            (id, ExerciseProgress(
                exercise: id, attempts: 1, passed: true, firstPassedAt: Date(), hintsShown: 0, secondsSpent: 0,
                lastAttemptAt: nil, firstAttemptAt: nil))
        })
        let progress = CourseProgress(course: tiny, records: records)
        #expect(progress.done == 1 && progress.total == 1)
        #expect(progress.elsewhere.count == 3)
    }

    @Test func aDatabaseEditedByHandGivesAnErrorOrAClampedCountNeverACrash() throws {
        let path = freshPath()
        let store = try ProgressStore(path: path)
        let alice = try store.learnerID(named: "alice")
        let builtIn = try Course.embedded()
        try store.record(attempt("sleepy_process", passed: true), learner: alice)
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: "INSERT INTO hints (learner_id, course, exercise, number, shown_at) VALUES (?, 'builtin', 'sleepy_process', -5, ?)", arguments: [alice, Date()])
        }
        #expect(try store.progress(learner: alice, in: builtIn)["sleepy_process"]?.hintsShown == 0)
        try database.write { try $0.execute(sql: "UPDATE attempts SET started_at = 'garbage'") }
        try database.close()
        #expect {
            _ = try store.progress(learner: alice, in: builtIn)
        } throws: { error in
            "\(error)".contains("cannot use the progress database") && "\(error)".contains("garbage")
        }
    }

    @Test func aDatabaseFromBeforeCoursesCountsForTheBuiltInCourse() throws {
        let path = freshPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try ProgressSchema.migrator.migrate(old, upTo: "v1-resets")
        try old.write { db in
            try db.execute(sql: "INSERT INTO learners (id, name, created_at) VALUES (1, 'alice', ?)", arguments: [Date()])
            try db.execute(sql: """
                INSERT INTO attempts (learner_id, exercise, lesson, started_at, status, passed, tests_passed, tests_total, duration_ms, code_hash)
                VALUES (1, 'sleepy_process', 'spawn', ?, 'pass', 1, 4, 4, 10, 'x')
                """, arguments: [Date()])
            try db.execute(sql: "INSERT INTO completions (learner_id, exercise, passed_at) VALUES (1, 'sleepy_process', ?)", arguments: [Date()])
            try db.execute(sql: "INSERT INTO positions (learner_id, exercise, updated_at) VALUES (1, 'report_back', ?)", arguments: [Date()])
            try db.execute(sql: "INSERT INTO hints (learner_id, exercise, number, shown_at) VALUES (1, 'report_back', 2, ?)", arguments: [Date()])
        }
        try old.close()
        let store = try ProgressStore(path: path)
        let builtIn = try Course.embedded()
        let progress = try store.progress(learner: 1, in: builtIn)
        #expect(progress["sleepy_process"]?.passed == true)
        #expect(progress["report_back"]?.hintsShown == 2)
        #expect(try store.position(course: builtIn.identity, learner: 1) == "report_back")
        #expect(try store.attempts(exercise: "sleepy_process", learner: 1).map(\.course) == [CourseIdentity.builtInKey])
        #expect(try store.progress(learner: 1, in: try TinyCourse.course()).done == 0)
    }
}
