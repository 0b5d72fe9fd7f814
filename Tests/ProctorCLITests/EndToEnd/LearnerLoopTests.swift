import Courseware
import Foundation
import Testing

/// Issue 13, items 4 to 6, through the real binary: no lost work (reset backups, init inside a
/// workspace, check from outside it), no lost place (check OTHER, tab-completed names, next,
/// tests) and the small things (--version, one footer, the module-name hint, sorted JSON keys).
@Suite(.serialized) struct LearnerLoopTests {
    let course = try? Course.embedded()

    /// A learner with a fresh workspace `ws`, working inside it.
    private func inWorkspace(user: String) throws -> ProctorBinary {
        var proctor = try ProctorBinary.fresh(user: user)
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        return proctor
    }

    @Test func resetNeverOverwritesABackupAndSaysWhereItWent() throws {
        let first = try #require(course?.exercises.first)
        let proctor = try inWorkspace(user: "erin")
        let file = Workspace.relativePath(of: first.exercise, in: first.lesson)
        for (round, suffix) in [".bak", ".bak.1", ".bak.2"].enumerated() {
            try proctor.write("# version \(round)\n", to: file)
            let reset = try proctor.run(["reset", first.exercise.id, "--yes"])
            #expect(reset.status == 0, "\(reset.all)")
            #expect(reset.standardOutput.contains("your file is \(file)\(suffix)"), "\(reset.all)")
        }
        for (round, suffix) in [".bak", ".bak.1", ".bak.2"].enumerated() {
            let kept = try String(contentsOf: proctor.folder.appendingPathComponent(file + suffix), encoding: .utf8)
            #expect(kept == "# version \(round)\n")
        }
        #expect(try String(contentsOf: proctor.folder.appendingPathComponent(file), encoding: .utf8) == first.exercise.starter)
    }

    @Test func initInsideAWorkspaceRefusesAndNamesIt() throws {
        var proctor = try inWorkspace(user: "frank")
        let root = proctor.folder.standardizedFileURL.path
        proctor.folder = proctor.folder.appendingPathComponent("01-spawn")
        for arguments in [["init"], ["init", "."], ["init", root]] {
            let refused = try proctor.run(arguments)
            #expect(refused.status == 1, "\(arguments): \(refused.all)")
            #expect(refused.standardError.contains("\(root) already is a proctor workspace"), "\(arguments): \(refused.all)")
        }
        let completed = try proctor.run(["init", "--complete"])
        #expect(completed.status == 0, "\(completed.all)")
        #expect(completed.standardOutput.contains("Workspace \(root): 0 starter files written"), "\(completed.all)")
        #expect(!FileManager.default.fileExists(atPath: proctor.folder.appendingPathComponent("proctor-exercises").path))
    }

    @Test func checkOutsideTheWorkspaceFindsTheLastOneUsedOrSaysWhereItWas() throws {
        var proctor = try inWorkspace(user: "gina")
        let root = proctor.folder
        proctor.folder = root.deletingLastPathComponent()
        let found = try proctor.run(["check"])
        #expect(found.status == 1, "\(found.all)")
        #expect(found.standardError.contains("using your workspace \(root.standardizedFileURL.path)"), "\(found.all)")
        #expect(found.standardOutput.contains("First failing test"), "\(found.all)")
        try FileManager.default.moveItem(at: root, to: root.deletingLastPathComponent().appendingPathComponent("moved"))
        let gone = try proctor.run(["check"])
        #expect(gone.status == 1)
        #expect(gone.standardError.contains("your last one, \(root.standardizedFileURL.path), is no longer there"), "\(gone.all)")
    }

    @Test func checkingAnotherExerciseKeepsYourPlace() throws {
        let course = try #require(course)
        let (first, second, fourth) = (course.exercises[0], course.exercises[1], course.exercises[3])
        let proctor = try inWorkspace(user: "hana")
        let help = try proctor.run(["check", "--help"])
        #expect(help.standardOutput.contains("but keeps you on"), "\(help.all)")
        #expect(help.standardOutput.contains("`proctor next`"), "\(help.all)")
        _ = try proctor.run([])

        let fourthFile = Workspace.relativePath(of: fourth.exercise, in: fourth.lesson)
        try proctor.write(fourth.exercise.solution, to: fourthFile)
        let other = try proctor.run(["check", "./" + fourthFile])
        #expect(other.status == 0, "\(other.all)")
        #expect(other.standardOutput.contains("You are still on \(first.exercise.title) (\(first.exercise.id))"), "\(other.all)")
        let fifth = course.exercises[4].exercise.id
        let away = try proctor.run(["check", fifth + ".exs"])
        #expect(away.status == 1)
        #expect(away.standardOutput.contains("run `proctor check \(fifth)` again"), "\(away.all)")
        #expect(away.standardOutput.contains("You are still on \(first.exercise.title)"), "\(away.all)")
        #expect(try proctor.run([]).standardOutput.contains("You are on \(first.exercise.title)"))

        let failing = try proctor.run(["check", "\(second.exercise.id).exs"])
        #expect(failing.status == 1)
        #expect(failing.standardOutput.contains("run `proctor check` again"), "\(failing.all)")
        #expect(try proctor.run([]).standardOutput.contains("You are on \(second.exercise.title)"), "the next unsolved one moves you")

        let next = try proctor.run(["next"])
        #expect(next.status == 0, "\(next.all)")
        #expect(next.standardOutput.contains("You are now on \(course.exercises[2].exercise.title) (\(course.exercises[2].exercise.id))"), "\(next.all)")
        #expect(try proctor.run([]).standardOutput.contains("You are on \(course.exercises[2].exercise.title)"))
    }

    @Test func testsPrintsTheTestFileForAnyNameTabCompletionGives() throws {
        let course = try #require(course)
        let exercise = course.exercises[4]
        let proctor = try inWorkspace(user: "ivan")
        let file = Workspace.relativePath(of: exercise.exercise, in: exercise.lesson)
        for name in [exercise.exercise.id, exercise.exercise.id + ".exs", file, "./" + file] {
            let tests = try proctor.run(["tests", name])
            #expect(tests.status == 0, "\(name): \(tests.all)")
            #expect(tests.standardOutput == exercise.exercise.tests + (exercise.exercise.tests.hasSuffix("\n") ? "" : "\n"), "\(name)")
        }
    }

    @Test func versionOneFooterAndAModuleNameHint() throws {
        let first = try #require(course?.exercises.first)
        let proctor = try inWorkspace(user: "jack")
        let version = try proctor.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.hasPrefix("proctor "), "\(version.all)")

        let file = Workspace.relativePath(of: first.exercise, in: first.lesson)
        try proctor.write("defmodule Broken do\n  def go( do\nend\n", to: file)
        let broken = try proctor.run(["check"])
        #expect(broken.standardOutput.contains("does not load"), "\(broken.all)")
        #expect(broken.standardOutput.components(separatedBy: "Fix ").count == 2, "one footer: \(broken.all)")
        #expect(broken.standardOutput.contains("Fix it, save, and run `proctor check` again."), "\(broken.all)")

        let module = try #require(definedModule(in: first.exercise.solution))
        let typo = String(module.dropLast())
        try proctor.write(first.exercise.solution.replacingOccurrences(of: "defmodule \(module) do", with: "defmodule \(typo) do"), to: file)
        let misnamed = try proctor.run(["check"])
        #expect(misnamed.status == 1)
        #expect(misnamed.standardOutput.contains("your file defines `\(typo)`; the tests call `\(module)`. Did you mean `\(module)`?"), "\(misnamed.all)")
    }

    @Test func jsonKeysComeInAStableOrder() throws {
        let proctor = try inWorkspace(user: "kate")
        for arguments in [["progress", "--json"], ["lessons", "--json"], ["check", "--json"]] {
            let text = try proctor.run(arguments).standardOutput
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(arguments)")
            let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.compactMap { $0.split(separator: "\"").dropFirst().first.map(String.init) }
            #expect(keys == object.keys.sorted(), "\(arguments): \(keys)")
        }
    }

    private func definedModule(in source: String) -> String? {
        guard let start = source.range(of: "defmodule ") else { return nil }
        return source[start.upperBound...].split(separator: " ").first.map(String.init)
    }
}

/// Prose is wrapped at word boundaries at the width `COLUMNS` gives.
@Suite struct LearnerLoopWrappingTests {
    @Test func hintsAndAdviceWrapAtWordsAtAnyWidth() throws {
        let course = try #require(try? Course.embedded())
        let first = try #require(course.exercises.first)
        var proctor = try ProctorBinary.fresh(user: "lena")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        for (index, width) in [30, 45].enumerated() {
            proctor.environment = ["COLUMNS": "\(width)"]
            let hint = try proctor.run(["hint"])
            expectWrapped(hint.standardOutput, width: width, containing: first.exercise.hints[index])
            let check = try proctor.run(["check"])
            expectWrapped(check.standardOutput.components(separatedBy: "tests pass").last ?? "", width: width, containing: "Fix the first failing test, save, and run `proctor check` again.")
        }
    }

    private func expectWrapped(_ text: String, width: Int, containing expected: String) {
        let tooLong = text.split(separator: "\n").filter { $0.count > width && $0.contains(" ") }
        #expect(tooLong.isEmpty, "at \(width): \(tooLong)")
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains(expected.split(separator: " ").joined(separator: " ")), "at \(width): \(text)")
    }
}
