import Foundation
import Testing

/// Lesson 7 (races) through the real binary: the `run --explore` output the lesson shows is
/// what proctor prints, and every racy variant of its exercises passes the default schedule
/// but fails the check, with a replay line whose replay fails too.
@Suite struct RacesLessonTests {
    static let lesson = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons/07-races.md")

    @Test func theExploreOutputTheLessonShowsIsWhatProctorPrints() throws {
        let text = try String(contentsOf: RacesLessonTests.lesson, encoding: .utf8)
        let afterSave = try #require(text.components(separatedBy: "Save this as `two.exs`:\n\n").dropFirst().first)
        let script = try #require(fencedBlock(afterSave, info: "elixir"))
        let shown = try #require(fencedBlock(afterSave, info: "text"))
        let proctor = try ProctorBinary.fresh(user: "racer")
        try proctor.write(script, to: "two.exs")

        let result = try proctor.run(["run", "--explore", "two.exs"])

        #expect(result.status == 0, "\(result.all)")
        #expect(result.standardOutput == shown, "the lesson's text block is what `proctor run --explore two.exs` prints")
    }

    @Test(arguments: RacyVariant.all) func aRacyVariantPassesTheDefaultScheduleOnlyAndItsReplayFails(_ variant: RacyVariant) throws {
        var proctor = try ProctorBinary.fresh(user: "racer")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        try proctor.write(variant.code, to: "07-races/\(variant.exercise).exs")

        let plain = try proctor.run(["check", variant.exercise, "--schedules", "0"])
        let explored = try proctor.run(["check", variant.exercise, "--schedules", "100"])

        #expect(plain.status == 0, "the default schedule hides the race: \(plain.all)")
        #expect(explored.status == 1, "\(explored.all)")
        #expect(explored.all.contains("A race: this test passes under the default schedule"), "\(explored.all)")
        let replay = try #require(explored.all.split(separator: "\n").first { $0.contains("proctor check \(variant.exercise) --schedule ") })
        let token = try #require(replay.split(separator: " ").last.map(String.init))
        let replayed = try proctor.run(["check", variant.exercise, "--schedule", token])
        #expect(replayed.status == 1, "\(replayed.all)")
        #expect(replayed.all.contains("It fails under the schedule \(token) you asked to replay"), "\(replayed.all)")
    }

    /// The content of the first fenced block with `info` in `text`, with its last newline.
    private func fencedBlock(_ text: String, info: String) -> String? {
        guard let start = text.range(of: "```\(info)\n"),
              let end = text.range(of: "\n```\n", range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound]) + "\n"
    }
}
