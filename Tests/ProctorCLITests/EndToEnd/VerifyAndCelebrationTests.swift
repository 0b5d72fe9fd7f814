import Courseware
import Foundation
import Testing
import TestSupport

/// Issue 13, items 5 and 6, through the real binary: `proctor verify` grades every exercise
/// again and shows a table without recording; the last pass of a course is celebrated once,
/// with a summary, under one footer.
@Suite(.serialized) struct VerifyAndCelebrationTests {
    let course = try? Course.embedded()

    @Test func verifyShowsATableAndRecordsNothing() throws {
        let course = try #require(course)
        var proctor = try ProctorBinary.fresh(user: "vera")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let first = course.exercises[0], second = course.exercises[1]
        try proctor.write(first.exercise.solution, to: Workspace.relativePath(of: first.exercise, in: first.lesson))
        try FileManager.default.removeItem(at: proctor.folder.appendingPathComponent(Workspace.relativePath(of: second.exercise, in: second.lesson)))
        let verified = try proctor.run(["verify"])
        #expect(verified.status == 1, "\(verified.all)")
        let lines = verified.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("exercise ") == true, "\(verified.all)")
        #expect(lines.contains { $0.hasPrefix(first.exercise.id + " ") && $0.contains(" pass ") && $0.hasSuffix("not started") }, "\(verified.all)")
        #expect(lines.contains { $0.hasPrefix(second.exercise.id + " ") && $0.contains(" missing ") }, "\(verified.all)")
        #expect(lines.filter { $0.contains(" fail ") }.count == course.exercises.count - 2, "\(verified.all)")
        #expect(verified.standardOutput.contains("1 of \(course.exercises.count) exercises pass now; 0 recorded as passed. Nothing was recorded."))
        #expect(verified.standardOutput.contains("\(first.exercise.id) passes now but is not recorded as passed: `proctor check \(first.exercise.id)` records it."))
        let progress = try proctor.run(["progress", "--json"])
        #expect(!progress.standardOutput.contains("\"attempts\" : 1"), "\(progress.all)")
    }

    @Test func theLastPassOfTheCourseIsCelebratedOnceWithASummary() throws {
        var proctor = try ProctorBinary.fresh(user: "cele")
        let lessons = try writeCourse(TinyCourse.text(), named: "mine", in: proctor)
        _ = try proctor.run(["init", "ws", "--lessons", lessons])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        _ = try proctor.run(["hint", "--lessons", lessons])
        let done = try proctor.run(["check", "--lessons", lessons])
        #expect(done.status == 0, "\(done.all)")
        #expect(done.standardOutput.contains("★★★ You finished the course: 1 lesson, 1 exercise ★★★"), "\(done.all)")
        #expect(done.standardOutput.contains("1 exercise in 0 s of work, 1 attempt, 1 hint."), "\(done.all)")
        #expect(!done.standardOutput.contains("★ Lesson 1 done"), "\(done.all)")
        #expect(done.standardOutput.components(separatedBy: "`proctor progress`").count == 2, "one footer: \(done.all)")
        let again = try proctor.run(["check", "--lessons", lessons])
        #expect(!again.standardOutput.contains("★"), "\(again.all)")
        #expect(again.standardOutput.contains("You have passed every exercise."), "\(again.all)")
    }
}
