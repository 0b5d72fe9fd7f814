import Courseware
import Foundation
import GRDB
import Testing

/// Bad files, folders and databases through the binary: each gets exit code 1 and a message
/// that names the file and the fix, and nothing already recorded is lost.
@Suite struct BadInputTests {
    private func workspace(user: String) throws -> (ProctorBinary, CourseExercise) {
        var proctor = try ProctorBinary.fresh(user: user)
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        return (proctor, try #require(try Course.embedded().exercises.first))
    }

    private func attempts(_ proctor: ProctorBinary) throws -> Int? {
        let result = try proctor.run(["progress", "--json"])
        let json = try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let lessons = json?["lessons"] as? [[String: Any]]
        return (lessons?.first?["exercises"] as? [[String: Any]])?.first?["attempts"] as? Int
    }

    @Test func runOnFilesThatAreNotScripts() throws {
        let proctor = try ProctorBinary.fresh()
        try FileManager.default.createDirectory(at: proctor.folder.appendingPathComponent("folder.exs"), withIntermediateDirectories: true)
        try Data(repeating: UInt8(ascii: "#"), count: 9 << 20).write(to: proctor.folder.appendingPathComponent("huge.exs"))
        let cases: [(String, Int32, String)] = [
            ("folder.exs", 1, "could not read file \"folder.exs\": illegal operation on a directory"),
            ("missing.exs", 1, "could not read file \"missing.exs\": no such file or directory"),
            ("huge.exs", 1, "huge.exs"),
        ]
        for (file, status, message) in cases {
            let result = try proctor.run(["run", file])
            #expect(result.status == status, "\(file): \(result.all)")
            #expect(result.standardError.contains(message), "\(file): \(result.all)")
        }
    }

    @Test func brokenLessonFoldersNameTheFileAndLine() throws {
        let proctor = try ProctorBinary.fresh()
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")
        let good = try String(contentsOf: lessons.appendingPathComponent("01-spawn.md"), encoding: .utf8)
        let cases: [(String, [(String, String)], String)] = [
            ("unclosed front matter", [("01.md", "---\nid: x\ntitle: broken\n")],
             "01.md:1: the front matter that starts here is not closed with a line `---`"),
            ("no tests section", [("01.md", good.replacingOccurrences(of: "### Tests", with: "### Testz"))],
             "01.md:"),
            ("duplicate exercise ids", [
                ("01.md", good),
                ("02.md", good.replacingOccurrences(of: "id: spawn", with: "id: again").replacingOccurrences(of: "order: 1", with: "order: 2")),
            ], "is already used at"),
            ("unknown fence kind", [("01.md", good.replacingOccurrences(of: "```iex", with: "```ruby"))],
             "unknown fence kind `ruby`"),
            ("not UTF-8", [("01.md", "")], "01.md: cannot read the file (is it UTF-8?)"),
        ]
        for (index, (name, files, message)) in cases.enumerated() {
            let folder = proctor.folder.appendingPathComponent("lessons\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (file, text) in files {
                let bytes = name == "not UTF-8" ? Data([0x2D, 0xE9, 0x0A]) : Data(text.utf8)
                try bytes.write(to: folder.appendingPathComponent(file))
            }
            let result = try proctor.run(["lessons", "--lessons", folder.path])
            #expect(result.status == 1, "\(name): \(result.all)")
            #expect(result.standardError.contains(message), "\(name): \(result.all)")
        }
        let missing = try proctor.run(["lessons", "--lessons", "nowhere"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("nowhere: cannot read this lessons folder (no such folder)"))
    }

    @Test func aMissingOrMisplacedExerciseFileSaysHowToGetItBack() throws {
        let (proctor, first) = try workspace(user: "fred")
        let path = proctor.folder.appendingPathComponent(Workspace.relativePath(of: first.exercise, in: first.lesson))
        try FileManager.default.removeItem(at: path)
        let missing = try proctor.run(["check"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("is missing; `proctor reset \(first.exercise.id)` writes the starter file again"))
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: false)
        let folder = try proctor.run(["check"])
        #expect(folder.status == 1)
        #expect(folder.standardError.contains("is a folder, not a file"))
        #expect(try attempts(proctor) == 0)
    }

    @Test func aCorruptDatabaseIsLeftUntouched() throws {
        let (proctor, _) = try workspace(user: "gus")
        try FileManager.default.createDirectory(at: proctor.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try garbage.write(to: proctor.database)
        for command in [["check"], ["progress"], []] {
            let result = try proctor.run(command)
            #expect(result.status == 1, "\(command): \(result.all)")
            #expect(result.standardError.contains("\(proctor.database.path) is not a proctor progress database"), "\(command): \(result.all)")
        }
        #expect(try Data(contentsOf: proctor.database) == garbage)
    }

    /// Holds an exclusive lock on the database for `seconds` in another thread, as another
    /// program writing to it would; returns once the lock is held, and a semaphore signalled when released.
    private func holdLock(on database: URL, seconds: Double) throws -> DispatchSemaphore {
        let holder = try DatabaseQueue(path: database.path)
        let held = DispatchSemaphore(value: 0), released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? holder.inTransaction(.exclusive) { _ in
                held.signal()
                Thread.sleep(forTimeInterval: seconds)
                return .commit
            }
            released.signal()
        }
        held.wait()
        return released
    }

    @Test func aLockHeldForAMomentDelaysTheCheckAndLosesNothing() throws {
        let (proctor, _) = try workspace(user: "hana")
        _ = try proctor.run(["check"])
        let released = try holdLock(on: proctor.database, seconds: 2)
        let result = try proctor.run(["check"])
        released.wait()
        #expect(result.status == 1, "the starter fails its tests: \(result.all)")
        #expect(result.standardOutput.contains("1 of 4 tests pass"))
        #expect(try attempts(proctor) == 2)
    }

    @Test func aLockThatIsNeverReleasedEndsWithBusy() throws {
        let (proctor, _) = try workspace(user: "ivan")
        _ = try proctor.run(["check"])
        let released = try holdLock(on: proctor.database, seconds: 13)
        let blocked = try proctor.run(["check"])
        released.wait()
        #expect(blocked.status == 1)
        #expect(blocked.standardError.contains("the progress database \(proctor.database.path) is busy"), "\(blocked.all)")
        #expect(try attempts(proctor) == 1)
    }

    @Test func aDatabaseWhereNothingCanBeWrittenSaysSo() throws {
        let (start, _) = try workspace(user: "jo")
        for database in ["/proc/self/proctor/progress.sqlite3", "/proc/version/progress.sqlite3"] {
            let proctor = ProctorBinary(folder: start.folder, database: URL(fileURLWithPath: database), user: "jo")
            for command in [["check"], ["progress"]] {
                let result = try proctor.run(command)
                #expect(result.status == 1, "\(command): \(result.all)")
                #expect(result.standardError.contains(database.replacingOccurrences(of: "/progress.sqlite3", with: "")), "\(result.all)")
                #expect(result.standardError.contains("pass --db PATH"), "\(result.all)")
            }
        }
    }

    /// A database file and folder made immutable (`chattr +i`, which binds root too): the check
    /// says the database cannot be written, and every attempt is still there afterwards.
    @Test(.enabled(if: BadInputTests.filesCanBeMadeImmutable, "chattr +i needs CAP_LINUX_IMMUTABLE and ext4-like files"))
    func anImmutableDatabaseSaysSoAndKeepsItsAttempts() throws {
        let (proctor, _) = try workspace(user: "kim")
        _ = try proctor.run(["check"])
        let folder = proctor.database.deletingLastPathComponent().path
        try #require(BadInputTests.chattr("+i", folder, proctor.database.path))
        let result = try proctor.run(["check"])
        _ = BadInputTests.chattr("-i", folder, proctor.database.path)
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot write the progress database \(proctor.database.path)"), "\(result.all)")
        #expect(try attempts(proctor) == 1)
    }

    /// Whether `chattr +i` works here (it does as root on ext4; not in every container).
    static let filesCanBeMadeImmutable: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("proctor-chattr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else { return false }
        defer { try? FileManager.default.removeItem(at: probe) }
        guard chattr("+i", probe.path) else { return false }
        return chattr("-i", probe.path)
    }()

    private static func chattr(_ flag: String, _ paths: String...) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chattr", flag] + paths
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
