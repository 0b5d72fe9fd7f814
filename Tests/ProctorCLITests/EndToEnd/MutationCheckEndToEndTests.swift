import Foundation
import Testing

/// `proctor dev check`'s mutation check, through the binary, on a lesson whose tests are too weak.
@Suite struct MutationCheckEndToEndTests {
    /// The first lesson with the sleepy_process tests as they were before the mutation check:
    /// nothing waits before checking that the process is alive.
    private func weakenedFirstLesson() throws -> String {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")
        let lesson = try String(contentsOf: lessons.appendingPathComponent("01-spawn.md"), encoding: .utf8)
        let weak = lesson.replacingOccurrences(of: "    pid = Sleepy.start(200)\n    Process.sleep(100)\n", with: "    pid = Sleepy.start(200)\n")
        #expect(weak != lesson)
        return weak
    }

    @Test func aSurvivingMutantFailsDevCheckWithItsDiff() throws {
        let proctor = try ProctorBinary.fresh()
        try FileManager.default.createDirectory(at: proctor.folder.appendingPathComponent("course"), withIntermediateDirectories: true)
        try proctor.write(try weakenedFirstLesson(), to: "course/01-spawn.md")
        let result = try proctor.run(["dev", "check", "--mutants", "--lessons", "course"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("  mutants of sleepy_process: 7 generated, 4 killed, 3 surviving, 0 equivalent"), "\(result.all)")
        #expect(result.standardOutput.contains("    spawn-ok at 3:5: passes every test"), "\(result.all)")
        #expect(result.standardOutput.contains("    placeholder at 2:3: fails \"start/1 returns a pid\""), "\(result.all)")
        #expect(result.standardError.contains(
            "01-spawn.md:168: a mutant of the solution of `sleepy_process` passes every test (`spawn-ok at 3:5`)"), "\(result.all)")
        #expect(result.standardError.contains("-    spawn(fn -> Process.sleep(ms) end)\n+    spawn(fn -> :ok end)\n"), "\(result.all)")
        #expect(result.standardError.contains("(`duration at 3:31 -> 0`)"), "\(result.all)")
    }

    @Test func aMarkedSurvivorIsPrintedWithItsReason() throws {
        let proctor = try ProctorBinary.fresh()
        let marks = """

            ### Equivalent mutants

            - `spawn-ok at 3:5`: a reason written for this test.
            - `duration at 3:31 -> 0`: another.
            - `duration at 3:31 -> 1`: a third.

            ## Exercise report_back
            """
        let lesson = try weakenedFirstLesson().replacingOccurrences(of: "\n## Exercise report_back", with: marks)
        try FileManager.default.createDirectory(at: proctor.folder.appendingPathComponent("course"), withIntermediateDirectories: true)
        try proctor.write(lesson, to: "course/01-spawn.md")
        let result = try proctor.run(["dev", "check", "--lessons", "course"])
        #expect(result.standardOutput.contains("  mutants of sleepy_process: 7 generated, 4 killed, 0 surviving, 3 equivalent"), "\(result.all)")
        #expect(result.standardOutput.contains("    equivalent `spawn-ok at 3:5`: a reason written for this test."), "\(result.all)")
        #expect(!result.standardError.contains("passes every test"), "\(result.all)")
    }
}
