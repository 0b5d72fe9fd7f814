import Courseware
import Foundation
import Testing

/// A new learner's first session, driving the real binary: welcome, init, read, check
/// (fails), solve, check (passes), progress, and the next exercise offered.
@Suite(.serialized) struct NewLearnerTests {
    let course = try? Course.embedded()

    @Test func aNewLearnersFirstSession() throws {
        let course = try #require(course)
        let first = try #require(course.exercises.first)
        let second = course.exercises[1]
        var proctor = try ProctorBinary.fresh()

        let welcome = try proctor.run([])
        #expect(welcome.status == 0)
        #expect(welcome.standardOutput.contains("Welcome to proctor!"))
        #expect(welcome.standardOutput.contains("proctor init"))
        let again = try proctor.run([])
        #expect(again.standardOutput.contains("You are on \(first.exercise.title) (\(first.exercise.id))"), "\(again.all)")

        let initialized = try proctor.run(["init", "course"])
        #expect(initialized.status == 0, "\(initialized.all)")
        #expect(initialized.standardOutput.contains("\(course.exercises.count) starter files written"))
        proctor.folder = proctor.folder.appendingPathComponent("course")
        let file = Workspace.relativePath(of: first.exercise, in: first.lesson)
        #expect(FileManager.default.fileExists(atPath: proctor.folder.appendingPathComponent(file).path))

        let reading = try proctor.run(["read", first.lesson.id])
        #expect(reading.status == 0)
        #expect(reading.standardOutput.contains(first.lesson.title))

        let failing = try proctor.run(["check"])
        #expect(failing.status == 1, "\(failing.all)")
        let firstTest = try #require(firstTestName(first.exercise))
        #expect(failing.standardOutput.contains("First failing test: \(firstTest)"), "\(failing.all)")
        #expect(failing.standardOutput.contains("proctor hint"))

        try proctor.write(first.exercise.solution, to: file)
        let passing = try proctor.run(["check"])
        #expect(passing.status == 0, "\(passing.all)")
        #expect(passing.standardOutput.contains("\(first.exercise.id) is done!"))
        #expect(passing.standardOutput.contains("Next: \(second.exercise.title) (\(second.exercise.id))"), "\(passing.all)")

        let progress = try proctor.run(["progress", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(progress.standardOutput.utf8)) as? [String: Any])
        #expect(json["passed"] as? Int == 1)
        let lessons = json["lessons"] as? [[String: Any]] ?? []
        let exercises = lessons.first?["exercises"] as? [[String: Any]] ?? []
        #expect(exercises.first?["status"] as? String == "passed")
        #expect(exercises.first?["attempts"] as? Int == 2)

        let status = try proctor.run([])
        #expect(status.standardOutput.contains("You are on \(second.exercise.title) (\(second.exercise.id))"), "\(status.all)")
    }

    @Test func hintsSolutionsResetAndJSON() throws {
        let course = try #require(course)
        let first = try #require(course.exercises.first)
        var proctor = try ProctorBinary.fresh(user: "bob")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let file = Workspace.relativePath(of: first.exercise, in: first.lesson)

        let hint = try proctor.run(["hint"])
        #expect(hint.standardOutput.contains("Hint 1 of \(first.exercise.hints.count)"))
        #expect(try proctor.run(["hint"]).standardOutput.contains("Hint 2 of"))
        let locked = try proctor.run(["solution", first.exercise.id])
        #expect(locked.status == 1)
        #expect(locked.standardError.contains("opens once your own passes"))

        let json = try proctor.run(["check", "--json"])
        #expect(json.status == 1)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(results["version"] as? Int == 3)
        #expect(results["status"] as? String == "fail")

        try proctor.write(first.exercise.solution, to: file)
        #expect(try proctor.run(["check", first.exercise.id]).status == 0)
        #expect(try proctor.run(["solution", first.exercise.id]).standardOutput.contains(first.exercise.solution.prefix(20)))

        let reset = try proctor.run(["reset", first.exercise.id, "--yes"])
        #expect(reset.status == 0, "\(reset.all)")
        let backup = try String(contentsOf: proctor.folder.appendingPathComponent(file + ".bak"), encoding: .utf8)
        #expect(backup == first.exercise.solution)
        let lessons = try proctor.run(["lessons", "--json"])
        #expect(lessons.standardOutput.contains("\"status\" : \"passed\""), "\(lessons.all)")

        let unknown = try proctor.run(["check", "repot_back"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("did you mean `report_back`?"), "\(unknown.all)")
    }

    @Test func checkOutsideAWorkspaceSaysHowToMakeOne() throws {
        let proctor = try ProctorBinary.fresh()
        let result = try proctor.run(["check"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("proctor init"))
    }

    @Test func devCheckPassesOnTheBuiltInCourse() throws {
        let proctor = try ProctorBinary.fresh()
        let result = try proctor.run(["dev", "check"])
        #expect(result.status == 0, "\(result.all)")
        #expect(result.standardOutput.contains("all good"))
    }

    private func firstTestName(_ exercise: Exercise) -> String? {
        guard let start = exercise.tests.range(of: "test \"") else { return nil }
        let rest = exercise.tests[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
