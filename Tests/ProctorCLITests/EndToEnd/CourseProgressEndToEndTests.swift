import Courseware
import TestSupport
import Foundation
import GRDB
import Testing

/// Progress belongs to its course, through the binary: a pass against a course a learner wrote
/// never counts for the built-in one, and no mix of database and course crashes proctor.
@Suite struct CourseProgressEndToEndTests {
    private let readers: [[String]] = [["progress"], ["progress", "--json"], ["lessons"], ["lessons", "--json"], ["check"], ["solution", "sleepy_process"], []]

    /// A workspace for both the built-in course and the learner's course `lessons`.
    private func workspace() throws -> (ProctorBinary, lessons: String) {
        var proctor = try ProctorBinary.fresh()
        let lessons = try writeCourse(TinyCourse.text(), named: "mine", in: proctor)
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        _ = try proctor.run(["init", ".", "--complete", "--lessons", lessons])
        _ = try proctor.run([])
        return (proctor, lessons)
    }

    private func expectNoCrash(_ result: ProctorBinary.Result, _ arguments: [String]) {
        #expect(result.status == 0 || result.status == 1, "\(arguments): \(result.all)")
        #expect(!result.standardError.contains("Fatal error"), "\(arguments): \(result.all)")
    }

    @Test func aPassAgainstALearnersCourseLeavesTheBuiltInCourseUntouched() throws {
        let (proctor, lessons) = try workspace()
        let passed = try proctor.run(["check", "sleepy_process", "--lessons", lessons])
        #expect(passed.status == 0, "\(passed.all)")
        #expect(passed.standardOutput.contains("[████████████████████] 1/1"))
        for arguments in readers {
            let builtIn = try proctor.run(arguments)
            expectNoCrash(builtIn, arguments)
            #expect(!builtIn.standardOutput.contains("✓ sleepy_process"), "\(arguments): \(builtIn.all)")
            #expect(!builtIn.standardOutput.contains("\"status\" : \"passed\""), "\(arguments): \(builtIn.all)")
            expectNoCrash(try proctor.run(arguments + ["--lessons", lessons]), arguments)
        }
        let solution = try proctor.run(["solution", "sleepy_process"])
        #expect(solution.status == 1)
        #expect(solution.standardError.contains("opens once your own passes in this course"))
        let own = try proctor.run(["solution", "sleepy_process", "--lessons", lessons])
        #expect(own.status == 0, "\(own.all)")
        let check = try proctor.run(["check"])
        #expect(check.standardOutput.contains("Checking sleepy_process"), "\(check.all)")
    }

    @Test func progressUnderTheBuiltInCourseReadUnderASmallerOneClamps() throws {
        let (proctor, lessons) = try workspace()
        let course = try Course.embedded()
        for target in course.exercises.prefix(3) {
            try proctor.write(target.exercise.solution, to: Workspace.relativePath(of: target.exercise, in: target.lesson))
            #expect(try proctor.run(["check", target.exercise.id]).status == 0)
        }
        for arguments in readers {
            let result = try proctor.run(arguments + ["--lessons", lessons])
            expectNoCrash(result, arguments)
            #expect(!result.standardOutput.contains("3/1"), "\(arguments): \(result.all)")
        }
        #expect(try proctor.run(["progress"]).standardOutput.contains("3/\(course.exercises.count)"))
        #expect(try proctor.run(["check", "--lessons", lessons]).standardOutput.contains("Checking sleepy_process"))
    }

    @Test func aPassOfTestsThatHaveSinceChangedShowsAsAnEarlierVersion() throws {
        let (proctor, _) = try workspace()
        let first = try #require(try Course.embedded().exercises.first)
        try proctor.write(first.exercise.solution, to: Workspace.relativePath(of: first.exercise, in: first.lesson))
        #expect(try proctor.run(["check"]).status == 0)
        let database = try DatabaseQueue(path: proctor.database.path)
        try database.write { db in
            try db.execute(sql: "UPDATE completions SET tests_digest = 'tests-of-an-earlier-version'")
            try db.execute(sql: """
                INSERT INTO attempts (learner_id, exercise, lesson, started_at, status, passed, tests_passed, tests_total, duration_ms, code_hash, course)
                SELECT learner_id, 'dropped_exercise', lesson, started_at, status, passed, tests_passed, tests_total, duration_ms, code_hash, course FROM attempts
                """)
        }
        try database.close()
        let progress = try proctor.run(["progress"])
        #expect(progress.standardOutput.contains("passed an earlier version"), "\(progress.all)")
        #expect(progress.standardOutput.contains("0/"), "\(progress.all)")
        #expect(progress.standardOutput.contains("Also recorded, for exercises this course no longer has:\n   dropped_exercise (1 attempt)"), "\(progress.all)")
        let json = try proctor.run(["lessons", "--json"])
        #expect(json.standardOutput.contains("\"status\" : \"passed_earlier_version\""), "\(json.all)")
        let solution = try proctor.run(["solution", first.exercise.id])
        #expect(solution.status == 1)
        #expect(solution.standardError.contains("you passed an earlier version"), "\(solution.all)")
        #expect(try proctor.run(["check", first.exercise.id]).status == 0)
        let after = try proctor.run(["progress"])
        #expect(!after.standardOutput.contains("passed an earlier version"), "\(after.all)")
        #expect(try proctor.run(["solution", first.exercise.id]).status == 0)
    }
}
