import Courseware
import Testing

@Test func everyLessonLoads() throws {
    #expect(LessonFiles.names.count == 6)
    for name in LessonFiles.names {
        let lesson = try LessonFiles.load(name)
        #expect((2...3).contains(lesson.exercises.count), "\(name)")
        #expect(!lesson.transcripts.isEmpty, "\(name)")
    }
    #expect(LessonFiles.lessons.map(\.order) == [1, 2, 3, 4, 5, 6])
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
