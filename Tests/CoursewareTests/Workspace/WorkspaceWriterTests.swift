import Courseware
import Foundation
import Testing

@Suite struct WorkspaceWriterTests {
    private let root = FileManager.default.temporaryDirectory.appendingPathComponent("proctor-ws-\(UUID().uuidString)")

    @Test func everyPathResolvesInsideTheRoot() throws {
        let workspace = Workspace(root: root.appendingPathComponent("ws").path)
        #expect(try workspace.resolve("01-spawn/sleepy_process.exs") == root.appendingPathComponent("ws/01-spawn/sleepy_process.exs").path)
        for escape in ["../evil.exs", "01-spawn/../../evil.exs", "/etc/passwd", "a//b.exs", "./a.exs", "a/\u{1B}.exs", "..", ""] {
            #expect(throws: WorkspaceError.self, "\(escape)") { try workspace.resolve(escape) }
        }
    }

    @Test func aWorkspaceForTheBuiltInCourseStaysInItsFolder() throws {
        let workspace = Workspace(root: root.appendingPathComponent("ws").path)
        let course = try Course.embedded()
        let summary = try WorkspaceWriter(workspace: workspace).create(for: course)
        #expect(summary.created.count == course.exercises.count + 2)
        let outside = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(outside == ["ws"])
    }

    @Test func aResetKeepsEveryEarlierVersion() throws {
        let course = try Course.embedded()
        let first = try #require(course.exercises.first)
        let workspace = Workspace(root: root.appendingPathComponent("ws").path)
        let writer = WorkspaceWriter(workspace: workspace)
        _ = try writer.create(for: course)
        let path = workspace.path(of: first.exercise, in: first.lesson)
        var backups: [String?] = []
        for version in 0..<3 {
            try Data("# version \(version)\n".utf8).write(to: URL(fileURLWithPath: path))
            backups.append(try writer.reset(first.exercise, in: first.lesson))
        }
        let relative = workspace.relativePath(of: first.exercise, in: first.lesson)
        #expect(backups == [relative + ".bak", relative + ".bak.1", relative + ".bak.2"])
        for (version, backup) in backups.enumerated() {
            let text = try String(contentsOfFile: workspace.root + "/" + (backup ?? ""), encoding: .utf8)
            #expect(text == "# version \(version)\n")
        }
    }
}
