import Foundation

/// Runs the built `proctor` binary as a learner would, in a folder, with its own
/// progress database, learner name and no colours.
struct ProctorBinary {
    /// The binary next to the test bundle (`.build/debug/proctor`), else in the package's `.build/debug`.
    static let url: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("proctor"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("proctor"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/proctor"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// What one run printed and how it ended.
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
        var all: String { standardOutput + standardError }
    }

    /// The folder to run in (changes with `cd`).
    var folder: URL
    /// The progress database.
    let database: URL
    /// The learner's name (`$USER`).
    let user: String
    /// Variables set for each run on top of the usual ones (`COLUMNS` is unset unless given here).
    var environment: [String: String] = [:]

    /// A fresh temporary home: an empty folder and a database path inside it.
    static func fresh(user: String = "alice") throws -> ProctorBinary {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("proctor-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return ProctorBinary(folder: root, database: root.appendingPathComponent("data/progress.sqlite3"), user: user)
    }

    /// Starts `proctor ARGUMENTS` without waiting; its input is `input`, then closed.
    func start(_ arguments: [String], input: String = "") throws -> (Process, Pipe, Pipe) {
        let (process, output, errors, stdin) = try startInteractive(arguments)
        stdin.write(Data(input.utf8))
        try? stdin.close()
        return (process, output, errors)
    }

    /// Starts `proctor ARGUMENTS` with its input left open for the caller to write keys to.
    func startInteractive(_ arguments: [String]) throws -> (Process, Pipe, Pipe, FileHandle) {
        let process = try process(arguments)
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        return (process, output, errors, stdin.fileHandleForWriting)
    }

    /// `proctor ARGUMENTS`, set up to run in the folder with the test's environment, not started.
    func process(_ arguments: [String]) throws -> Process {
        guard let url = ProctorBinary.url else { throw BinaryMissing() }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PROCTOR_DB"] = database.path
        environment["USER"] = user
        environment["NO_COLOR"] = "1"
        environment["PAGER"] = "cat"
        environment["COLUMNS"] = nil
        environment.merge(self.environment) { $1 }
        process.environment = environment
        return process
    }

    /// Runs `proctor ARGUMENTS` to the end.
    func run(_ arguments: [String], input: String = "") throws -> Result {
        let (process, output, errors) = try start(arguments, input: input)
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `text` to `relative` under the current folder.
    func write(_ text: String, to relative: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(relative))
    }
}

/// The `proctor` binary was not built (run `swift build` first).
struct BinaryMissing: Error {}
