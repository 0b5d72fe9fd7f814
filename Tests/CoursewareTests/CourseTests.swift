import Courseware
import Foundation
import Testing

@Test func theBuiltInCourseHasTheNineLessonsInOrder() throws {
    let course = try Course.embedded()
    #expect(
        course.lessons.map(\.id) == [
            "spawn", "send-receive", "links", "tasks", "state", "agents", "races", "genserver", "supervisors",
        ])
    #expect(course.lessons.flatMap(\.exercises).count == 27)
    #expect(course.lesson(named: "3")?.id == "links")
    #expect(course.lesson(named: "links")?.order == 3)
}

@Test func misspelledLessonNamesGetSuggestions() throws {
    let course = try Course.embedded()
    #expect(course.suggestions(for: "spwn") == ["spawn"])
    #expect(course.suggestions(for: "agent") == ["agents"])
    #expect(course.lesson(named: "nope") == nil)
}

@Test func duplicateExerciseIdsAreRejectedWithTheirFile() throws {
    let lesson = try LessonFiles.load(LessonFiles.names[0])
    let text = try String(contentsOf: LessonFiles.folder.appendingPathComponent(LessonFiles.names[0]), encoding: .utf8)
    #expect(lesson.exercises.count > 0)
    #expect(throws: LessonError.self) {
        try Course(files: [("Lessons/a.md", text), ("Lessons/b.md", text)])
    }
}

/// FORMAT.md, section 1: lesson orders are 1, 2, 3, ... without gaps or repeats; the error
/// names the file and the line of its `order:`.
@Test func lessonOrdersMustRunWithoutGapsOrRepeats() throws {
    let text = try String(contentsOf: LessonFiles.folder.appendingPathComponent(LessonFiles.names[0]), encoding: .utf8)
    let other = text.replacingOccurrences(of: "id: spawn", with: "id: other").replacingOccurrences(of: "sleepy_process", with: "sleepy_two")
        .replacingOccurrences(of: "report_back", with: "report_two").replacingOccurrences(of: "fan_out", with: "fan_two")
    func error(_ order: Int) -> String {
        do {
            _ = try Course(files: [("Lessons/a.md", text), ("Lessons/b.md", other.replacingOccurrences(of: "order: 1", with: "order: \(order)"))])
            return "no error"
        } catch {
            return error.description
        }
    }
    #expect(error(2) == "no error")
    #expect(error(3) == "Lessons/b.md:4: order 3 leaves a gap: the lessons' orders are 1, 2, 3, ... without gaps, so this one should be 2")
    #expect(error(1) == "Lessons/b.md:4: order 1 is also the order of Lessons/a.md")
}
