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
        let summary = try WorkspaceWriter(workspace: workspace).create(for: try Course.embedded())
        #expect(summary.created.count == 20)
        let outside = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(outside == ["ws"])
    }
}
