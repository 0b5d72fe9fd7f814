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
