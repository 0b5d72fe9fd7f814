import Courseware
import Foundation
import Testing

/// Progress survives `kill -9` in the middle of a check, and concurrent checks are all recorded.
@Suite(.serialized) struct CrashSafetyTests {
    /// How many attempts `proctor progress --json` reports for the first exercise.
    private func attempts(_ proctor: ProctorBinary) throws -> Int {
        let result = try proctor.run(["progress", "--json"])
        #expect(result.status == 0, "the database must always open: \(result.all)")
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let lessons = json?["lessons"] as? [[String: Any]] ?? []
        let exercises = lessons.first?["exercises"] as? [[String: Any]] ?? []
        return exercises.first?["attempts"] as? Int ?? -1
    }

    private func workspace(user: String) throws -> (ProctorBinary, String) {
        var proctor = try ProctorBinary.fresh(user: user)
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let first = try #require(try Course.embedded().exercises.first)
        return (proctor, first.exercise.id)
    }

    @Test func killDashNineDuringChecksLosesNoCompletedAttempt() throws {
        let (proctor, exercise) = try workspace(user: "dana")
        var completed = 0
        var started = 0
        var killed = 0
        for round in 1...100 {
            let (process, _, _) = try proctor.start(["check", exercise])
            started += 1
            usleep(UInt32((round * 7919) % 150_000))
            if process.isRunning, kill(process.processIdentifier, SIGKILL) == 0 { killed += 1 }
            process.waitUntilExit()
            if process.terminationReason == .exit { completed += 1 }
            if round % 20 == 0 {
                let recorded = try attempts(proctor)
                #expect(recorded >= completed, "round \(round): \(recorded) recorded, \(completed) checks completed")
                #expect(recorded <= started)
            }
        }
        #expect(killed > 10, "the test should kill checks in the middle: \(killed) of 100 were killed")
    }

    @Test func twoChecksAtOnceAreBothRecorded() throws {
        let (proctor, exercise) = try workspace(user: "erin")
        for _ in 0..<3 {
            let a = try proctor.start(["check", exercise])
            let b = try proctor.start(["check", exercise])
            for (process, output, _) in [a, b] {
                _ = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                #expect(process.terminationStatus == 1)
            }
        }
        #expect(try attempts(proctor) == 6)
    }
}
