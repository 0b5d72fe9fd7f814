@testable import Courseware
import TestSupport
import Testing

@Test func everyLessonLoads() throws {
    #expect(LessonFiles.names.count == 9)
    for name in LessonFiles.names {
        let lesson = try LessonFiles.load(name)
        #expect((2...3).contains(lesson.exercises.count), "\(name)")
        #expect(!lesson.transcripts.isEmpty, "\(name)")
    }
    #expect(LessonFiles.lessons.map(\.order) == Array(1...9))
}

@Test func badLessonsNameTheFileAndLine() {
    let cases: [(String, String)] = [
        ("# no front matter\n", "Lessons/x.md:1: a lesson starts with front matter: a line `---`"),
        ("---\nid: x\ncolor: red\n---\n", "Lessons/x.md:3: unknown front matter key `color`"),
        ("---\nid: x\ntitle: T\n", "Lessons/x.md:1: the front matter that starts here is not closed with a line `---`"),
        ("---\nid: x\nid: y\n---\n", "Lessons/x.md:3: front matter key `id` is repeated"),
        ("---\nid: x\ntitle: T\norder: 1\nsummary: S\n---\n\n```ruby\nputs 1\n```\n", "Lessons/x.md:8: unknown fence kind `ruby` (use iex, elixir, text or trace)"),
        ("---\nid: x\ntitle: T\norder: 1\nsummary: S\n---\n\n```iex\niex(1)> 1\n", "Lessons/x.md:8: fenced block is not closed with a line ```"),
        ("---\nid: x\ntitle: T\norder: 1\nsummary: S\n---\n\n# T\n", "Lessons/x.md:9: the lesson has no exercise (`## Exercise ID: TITLE`)"),
    ]
    for (text, message) in cases {
        #expect(throws: LessonError.self) { try LessonParser(text: text, file: "Lessons/x.md").parse() }
        do {
            _ = try LessonParser(text: text, file: "Lessons/x.md").parse()
        } catch {
            #expect(error.description == message)
        }
    }
}

@Test func idsOutsideFormatPatternsAreLessonErrors() {
    let cases: [(String, String)] = [
        (TinyCourse.text(exerciseId: "../../evil"), "Lessons/x.md:12: exercise id `../../evil` must match [a-z][a-z0-9_]*"),
        (TinyCourse.text(exerciseId: "a/b"), "Lessons/x.md:12: exercise id `a/b` must match"),
        (TinyCourse.text(exerciseId: "Upper"), "Lessons/x.md:12: exercise id `Upper` must match"),
        (TinyCourse.text(exerciseId: String(repeating: "a", count: 61)), "(at most 60 characters)"),
        (TinyCourse.text(lessonId: "../../evil"), "Lessons/x.md:2: lesson id `../../evil` must match [a-z][a-z0-9-]*"),
        (TinyCourse.text(lessonId: "x/../../y"), "Lessons/x.md:2: lesson id `x/../../y` must match"),
        (TinyCourse.text(lessonId: "snake_case"), "Lessons/x.md:2: lesson id `snake_case` must match"),
    ]
    for (text, message) in cases {
        #expect {
            _ = try LessonParser(text: text, file: "Lessons/x.md").parse()
        } throws: { error in
            "\(error)".contains(message)
        }
    }
    #expect(throws: Never.self) { try LessonParser(text: TinyCourse.text(lessonId: "my-1st", exerciseId: "ex_2"), file: "x.md").parse() }
}

@Test func controlCharactersInALessonAreRefusedAndNeverPrintedRaw() {
    let text = TinyCourse.text().replacingOccurrences(of: "Write anything.", with: "Write \u{1B}[2J anything.")
    #expect {
        _ = try LessonParser(text: text, file: "Lessons/x.md").parse()
    } throws: { error in
        let shown = "\(error)"
        return shown.hasPrefix("Lessons/x.md:16: control character \\e in the lesson") && !shown.contains("\u{1B}")
    }
    let named = LessonError(file: "Lessons/\u{1B}[31m.md", line: 1, message: "bad \u{07}")
    #expect(named.description == "Lessons/\\e[31m.md:1: bad \\a")
}
