import Courseware
import Foundation
import GRDB
import Testing

/// A fresh database path in a folder of its own.
private func freshPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("proctor-store-\(UUID().uuidString)/data/progress.sqlite3").path
}

/// The built-in course, which the store's records are read against.
private let builtIn: Course = {
    do { return try Course.embedded() } catch { preconditionFailure("the built-in course loads: \(error)") }
}()

/// An attempt at `exercise` of the built-in course, graded with its current tests.
func attempt(_ exercise: String, passed: Bool, milliseconds: Int = 40, course: Course? = nil, testsDigest: String? = nil) -> Attempt {
    let course = course ?? builtIn
    return Attempt(
        exercise: exercise, lesson: "spawn", startedAt: Date(), passed: passed, status: passed ? "pass" : "fail",
        testsPassed: passed ? 4 : 1, testsTotal: 4, durationMilliseconds: milliseconds, codeHash: String(repeating: "a", count: 64),
        course: course.identity.key, courseVersion: course.identity.version,
        testsDigest: testsDigest ?? course.exercise(named: exercise)?.exercise.testsDigest ?? "")
}

@Suite struct ProgressStoreTests {
    @Test func theDefaultPathFollowsTheFlagThenTheEnvironment() {
        #expect(ProgressLocation.path(explicit: "/x/p.db", environment: ["PROCTOR_DB": "/y"]) == "/x/p.db")
        #expect(ProgressLocation.path(explicit: nil, environment: ["PROCTOR_DB": "/y/p.db"]) == "/y/p.db")
        #expect(ProgressLocation.path(explicit: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/proctor/progress.sqlite3")
        #expect(ProgressLocation.path(explicit: nil, environment: ["HOME": "/h"]) == "/h/.local/share/proctor/progress.sqlite3")
    }

    @Test func attemptsCompletionsAndTimeAddUp() throws {
        let store = try ProgressStore(path: freshPath())
        let alice = try store.learnerID(named: "alice")
        try store.record(attempt("report_back", passed: false, milliseconds: 500), learner: alice)
        try store.record(attempt("report_back", passed: true, milliseconds: 1500), learner: alice)
        try store.record(attempt("report_back", passed: true), learner: alice)
        let progress = try #require(try store.progress(learner: alice, in: builtIn)["report_back"])
        #expect(progress.attempts == 3)
        #expect(progress.passed)
        #expect(progress.firstPassedAt != nil)
        #expect(abs(progress.secondsSpent - 2.04) < 0.001)
        #expect(try store.attempts(exercise: "report_back", learner: alice).map(\.passed) == [false, true, true])
    }

    @Test func hintsPositionsAndWelcomeArePerLearner() throws {
        let store = try ProgressStore(path: freshPath())
        let alice = try store.learnerID(named: "alice")
        let bob = try store.learnerID(named: "bob")
        #expect(try store.learnerID(named: "alice") == alice)
        let course = builtIn.identity
        try store.recordHintShown(exercise: "echo_server", number: 1, course: course, learner: alice)
        try store.recordHintShown(exercise: "echo_server", number: 2, course: course, learner: alice)
        try store.setPosition(exercise: "echo_server", course: course, learner: alice)
        try store.setPosition(exercise: "fan_out", course: course, learner: alice)
        try store.markWelcomeSeen(learner: alice)
        #expect(try store.progress(learner: alice, in: builtIn)["echo_server"]?.hintsShown == 2)
        #expect(try store.progress(learner: bob, in: builtIn).records.isEmpty)
        #expect(try store.position(course: course, learner: alice) == "fan_out")
        #expect(try store.position(course: course, learner: bob) == nil)
        #expect(try store.hasSeenWelcome(learner: alice))
        #expect(try !store.hasSeenWelcome(learner: bob))
        #expect(try store.learners() == ["alice", "bob"])
    }

    @Test func everythingSurvivesReopening() throws {
        let path = freshPath()
        do {
            let store = try ProgressStore(path: path)
            try store.record(attempt("echo_server", passed: true), learner: try store.learnerID(named: "alice"))
        }
        let reopened = try ProgressStore(path: path)
        #expect(try reopened.progress(learner: try reopened.learnerID(named: "alice"), in: builtIn)["echo_server"]?.passed == true)
    }

    @Test func twoWritersAtOnceLoseNothing() async throws {
        let path = freshPath()
        _ = try ProgressStore(path: path)
        await withTaskGroup(of: Void.self) { group in
            for name in ["alice", "bob"] {
                group.addTask {
                    guard let store = try? ProgressStore(path: path), let learner = try? store.learnerID(named: name) else { return }
                    for _ in 0..<200 { try? store.record(attempt("echo_server", passed: false, milliseconds: 1), learner: learner) }
                }
            }
        }
        let store = try ProgressStore(path: path)
        #expect(try store.progress(learner: try store.learnerID(named: "alice"), in: builtIn)["echo_server"]?.attempts == 200)
        #expect(try store.progress(learner: try store.learnerID(named: "bob"), in: builtIn)["echo_server"]?.attempts == 200)
    }

    @Test func aFileThatIsNotADatabaseIsLeftAloneWithAFix() throws {
        let path = freshPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let junk = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try junk.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try ProgressStore(path: path)
        } throws: { error in
            "\(error)".contains("is not a proctor progress database") && "\(error)".contains(path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
    }

    @Test func aDeletedDatabaseStartsAfreshThoughItsLogStayedBehind() throws {
        let path = freshPath()
        do {
            let store = try ProgressStore(path: path)
            try store.record(attempt("echo_server", passed: true), learner: try store.learnerID(named: "alice"))
        }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"), "the log stays beside the database at exit")
        try FileManager.default.removeItem(atPath: path)
        let fresh = try ProgressStore(path: path)
        #expect(try fresh.learners() == [])
    }

    @Test func aDatabaseReplacedByJunkIsRefusedThoughItsLogStayedBehind() throws {
        let path = freshPath()
        do {
            let store = try ProgressStore(path: path)
            try store.record(attempt("echo_server", passed: true), learner: try store.learnerID(named: "alice"))
        }
        let junk = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try junk.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try ProgressStore(path: path)
        } throws: { error in
            "\(error)".contains("is not a proctor progress database") && "\(error)".contains(path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
    }

    @Test func aDatabaseFromANewerProctorIsRefused() throws {
        let path = freshPath()
        _ = try ProgressStore(path: path)
        let database = try DatabaseQueue(path: path)
        try database.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        try database.close()
        #expect {
            _ = try ProgressStore(path: path)
        } throws: { error in
            "\(error)".contains("was written by a newer proctor")
        }
    }

    @Test func anUnwritableFolderSaysToPickAnother() throws {
        #expect {
            _ = try ProgressStore(path: "/proc/proctor/progress.sqlite3")
        } throws: { error in
            "\(error)".contains("--db")
        }
    }

    @Test func theLastWorkspaceUsedIsRecordedPerLearnerAndCourse() throws {
        let store = try ProgressStore(path: freshPath())
        let alice = try store.learnerID(named: "alice"), bob = try store.learnerID(named: "bob")
        #expect(try store.workspaceRoot(course: builtIn.identity, learner: alice) == nil)
        try store.recordWorkspace(root: "/home/alice/ws", course: builtIn.identity, learner: alice)
        try store.recordWorkspace(root: "/home/alice/moved", course: builtIn.identity, learner: alice)
        #expect(try store.workspaceRoot(course: builtIn.identity, learner: alice) == "/home/alice/moved")
        #expect(try store.workspaceRoot(course: builtIn.identity, learner: bob) == nil)
    }
}
