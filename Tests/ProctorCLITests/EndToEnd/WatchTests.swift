import Courseware
import Foundation
import GRDB
import Testing

/// Issue 13, item 1, through the real binary on a pseudo-terminal: a watch that stays
/// responsive (a spinner while a check runs, q and Ctrl-C at once, nothing half-recorded), a
/// pass that stays until n, a new lesson introduced first, keys offered on screen.
@Suite(.serialized) struct WatchTests {
    let course = try? Course.embedded()

    /// A learner with a fresh workspace `ws`, working inside it.
    private func inWorkspace(user: String) throws -> ProctorBinary {
        var proctor = try ProctorBinary.fresh(user: user)
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        return proctor
    }

    private func attempts(in proctor: ProctorBinary) throws -> Int {
        try DatabaseQueue(path: proctor.database.path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attempts") ?? -1 }
    }

    /// A file whose top level spins until the file's budget is spent: a check that takes a while.
    private let spinning = """
        defmodule Spin do
          def forever(n), do: forever(n + 1)
        end
        Spin.forever(0)
        """

    @Test(arguments: ["q", "\u{3}"]) func aKeyStopsARunningCheckAtOnceAndNothingIsRecorded(key: String) throws {
        let first = try #require(course?.exercises.first)
        let file = Workspace.relativePath(of: first.exercise, in: first.lesson)
        let proctor = try inWorkspace(user: key == "q" ? "quinn" : "cora")
        try proctor.write(spinning, to: file)
        let terminal = try PseudoTerminal(proctor, ["watch", "--interval", "50"])
        let spinner = terminal.wait(for: " s (q quits, n skips)")
        #expect(spinner.contains("Checking \(file)… "), "\(spinner)")
        let pressed = Date()
        terminal.type(key)
        let status = terminal.exitStatus(within: 10)
        #expect(status == 0, "\(terminal.screen)")
        #expect(Date().timeIntervalSince(pressed) < 2, "quitting took \(Date().timeIntervalSince(pressed)) s")
        #expect(terminal.screen.contains("Check stopped; nothing was recorded."), "\(terminal.screen)")
        #expect(try attempts(in: proctor) == 0)
    }

    @Test func aFailOffersKeysAndASaveChecksAgain() throws {
        let first = try #require(course?.exercises.first)
        let proctor = try inWorkspace(user: "dave")
        let terminal = try PseudoTerminal(proctor, ["watch", "--interval", "50"])
        let failed = terminal.wait(for: "First failing test")
        let footer = terminal.wait(for: "Stuck? press h shows hint 1 of")
        #expect(footer.contains("Stuck? press h shows hint 1 of"), "\(footer)")
        #expect(failed.contains("keys: n next · h hint · l list · c check · q quit"), "\(failed)")
        #expect(!terminal.screen.contains("proctor hint"), "\(terminal.screen)")
        var mark = terminal.mark
        terminal.type("h")
        let hint = terminal.wait(for: "Press h again for the next one.", after: mark)
        #expect(hint.contains("Hint 1 of"), "\(hint)")
        mark = terminal.mark
        terminal.type("l")
        #expect(terminal.wait(for: "← watching", after: mark).contains("← watching"))
        mark = terminal.mark
        try proctor.write(first.exercise.solution, to: Workspace.relativePath(of: first.exercise, in: first.lesson))
        let passed = terminal.wait(for: "Press n to go on", after: mark, seconds: 60)
        #expect(passed.contains("\(first.exercise.id) is done!"), "\(passed)")
        terminal.type("q")
        #expect(terminal.exitStatus(within: 10) == 0)
    }

    @Test func aPassStaysUntilNAndANewLessonIsIntroducedFirst() throws {
        let course = try #require(course)
        let firstLesson = course.exercises.filter { $0.lesson.id == course.exercises[0].lesson.id }
        let newLesson = course.exercises[firstLesson.count]
        let proctor = try inWorkspace(user: "nina")
        for solved in firstLesson {
            try proctor.write(solved.exercise.solution, to: Workspace.relativePath(of: solved.exercise, in: solved.lesson))
        }
        let terminal = try PseudoTerminal(proctor, ["watch", "--interval", "50"])
        for (index, solved) in firstLesson.enumerated() {
            let mark = terminal.mark
            if index > 0 { terminal.type("n") }
            let screen = terminal.wait(for: "Press n to go on", after: mark, seconds: 60)
            #expect(screen.contains("\(solved.exercise.id) is done!"), "\(screen)")
            if index == 0 {
                usleep(1_500_000)
                #expect(!terminal.text(after: mark).contains("Checking \(Workspace.relativePath(of: firstLesson[1].exercise, in: firstLesson[1].lesson))"), "raced on: \(terminal.text(after: mark))")
            }
        }
        #expect(terminal.screen.contains("★ Lesson 1 done: \(course.lessons[0].title) ★"), "\(terminal.screen)")
        #expect(terminal.screen.contains("\(firstLesson.count) exercises in "), "\(terminal.screen)")
        var mark = terminal.mark
        terminal.type("n")
        let intro = terminal.wait(for: "Press c to check it now", after: mark)
        #expect(intro.contains("Lesson 2: \(newLesson.lesson.title)"), "\(intro)")
        #expect(intro.contains("`proctor read \(newLesson.lesson.id)`"), "\(intro)")
        #expect(intro.contains(String(newLesson.lesson.summary.prefix(20))), "\(intro)")
        #expect(!intro.contains("Checking"), "\(intro)")
        mark = terminal.mark
        terminal.type("c")
        #expect(terminal.wait(for: "First failing test", after: mark, seconds: 60).contains("First failing test"))
        terminal.type("q")
        #expect(terminal.exitStatus(within: 10) == 0)
        #expect(try attempts(in: proctor) == firstLesson.count + 1)
    }
}
