import Courseware
import TestSupport
import Foundation
import Testing

/// Writes `text` as the only lesson of a new course folder `name` under the binary's folder.
func writeCourse(_ text: String, named name: String, in proctor: ProctorBinary) throws -> String {
    let folder = proctor.folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: folder.appendingPathComponent("01-mine.md"))
    return folder.path
}

/// Lesson and output hygiene through the binary: ids that would leave the workspace are lesson
/// errors, and what learner code prints reaches the terminal escaped in `check`, `watch` and
/// `check --json`, raw in `run`.
@Suite struct LessonHygieneTests {
    @Test func idsThatLeaveTheWorkspaceAreRefusedAndNothingIsWritten() throws {
        var proctor = try ProctorBinary.fresh()
        let cases: [(String, String)] = [
            (TinyCourse.text(exerciseId: "../../evil"), "01-mine.md:12: exercise id `../../evil` must match [a-z][a-z0-9_]*"),
            (TinyCourse.text(lessonId: "x/../../../evil"), "01-mine.md:2: lesson id `x/../../../evil` must match [a-z][a-z0-9-]*"),
            (TinyCourse.text(exerciseId: "evil\u{1B}[2J"), "01-mine.md:12: control character \\e in the lesson"),
        ]
        let base = proctor.folder
        _ = try proctor.run(["init", "ws"])
        proctor.folder = base.appendingPathComponent("ws/01-spawn")
        for (index, (text, message)) in cases.enumerated() {
            let lessons = try writeCourse(text, named: "../../evil-course-\(index)", in: proctor)
            for arguments in [["init", "deeper/ws"], ["reset", "evil", "--yes"], ["lessons"], ["check"]] {
                let result = try proctor.run(arguments + ["--lessons", lessons])
                #expect(result.status == 1, "\(arguments): \(result.all)")
                #expect(result.standardError.contains(message), "\(arguments): \(result.all)")
                #expect(!result.all.contains("\u{1B}"), "\(arguments): \(result.all)")
            }
        }
        let outside = try FileManager.default.contentsOfDirectory(atPath: base.path).filter { $0 != "data" }.sorted()
        #expect(outside == ["evil-course-0", "evil-course-1", "evil-course-2", "ws"])
        let created = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
        #expect(!created.contains { $0.hasSuffix("evil.exs") || $0.contains("deeper") }, "\(created)")
    }

    @Test func aTestNameWithAnEscapeSequenceIsShownEscaped() throws {
        var proctor = try ProctorBinary.fresh()
        let text = TinyCourse.text(test: "assert false").replacingOccurrences(of: "test \"always passes\"", with: "test \"\\e[2J\\e[31mname\"")
        let lessons = try writeCourse(text, named: "mine", in: proctor)
        _ = try proctor.run(["init", "ws", "--lessons", lessons])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let checked = try proctor.run(["check", "--lessons", lessons])
        #expect(checked.status == 1)
        #expect(!checked.all.contains("\u{1B}"), "\(checked.all)")
        #expect(checked.standardOutput.contains("First failing test: \\e[2J\\e[31mname"), "\(checked.all)")
    }

    @Test func whatASolutionPrintsIsShownEscapedByCheckAndWatchAndRawByRun() throws {
        var proctor = try ProctorBinary.fresh()
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let first = try #require(try Course.embedded().exercises.first)
        let printing = """
            defmodule Sleepy do
              def start(_ms) do
                IO.write("\\e[2J\\e[Hwiped\\r")
                raise "\\e[31mred"
              end
            end
            """
        try proctor.write(printing, to: Workspace.relativePath(of: first.exercise, in: first.lesson))
        let checked = try proctor.run(["check"])
        #expect(checked.status == 1)
        #expect(!checked.all.contains("\u{1B}") && !checked.all.contains("\r"), "\(checked.all)")
        #expect(checked.standardOutput.contains("    \\e[2J\\e[Hwiped\\r"), "\(checked.all)")
        #expect(checked.standardOutput.contains("** (RuntimeError) \\e[31mred"), "\(checked.all)")
        for (arguments, escaped) in [(["watch"], "\\e[2J\\e[Hwiped"), (["check", "--json"], "\\u001b[2J\\u001b[Hwiped")] {
            let shown = try proctor.run(arguments, input: "q")
            #expect(!shown.all.contains("\u{1B}") && !shown.all.contains("\r"), "\(arguments): \(shown.all)")
            #expect(shown.standardOutput.contains(escaped), "\(arguments): \(shown.all)")
        }
        try proctor.write("IO.puts(\"\\e[2J\")\n", to: "clear.exs")
        let ran = try proctor.run(["run", "clear.exs"])
        #expect(ran.standardOutput == "\u{1B}[2J\n")
    }
}
