#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A pseudo-terminal to run `proctor` in, as a learner's terminal: the program sees a terminal
/// on its input and output, the test types keys and reads the screen.
final class PseudoTerminal {
    private let controller: Int32
    private let terminal: FileHandle
    private let process: Process
    /// Everything the program wrote so far.
    private(set) var screen = ""

    /// Starts `proctor ARGUMENTS` on a new pseudo-terminal.
    init(_ proctor: ProctorBinary, _ arguments: [String]) throws {
        let pty = try PtyCalls()
        controller = pty.open(O_RDWR | O_NOCTTY)
        guard controller >= 0, pty.grant(controller) == 0, pty.unlock(controller) == 0, let name = pty.name(controller) else {
            throw TerminalUnavailable()
        }
        let descriptor = Glibc.open(String(cString: name), O_RDWR | O_NOCTTY)
        guard descriptor >= 0 else { throw TerminalUnavailable() }
        terminal = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        process = try proctor.process(arguments)
        // As in a terminal window, the terminal is the program's controlling terminal (so that
        // Ctrl-C typed there interrupts it): util-linux's setsid --ctty sets that up.
        let setsid = "/usr/bin/setsid"
        if FileManager.default.isExecutableFile(atPath: setsid), let program = process.executableURL {
            process.arguments = ["--ctty", "--wait", program.path] + arguments
            process.executableURL = URL(fileURLWithPath: setsid)
        }
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(controller)
    }

    /// Types `text` (a key is one character; Ctrl-C is "\u{3}").
    func type(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(controller, &bytes, bytes.count)
    }

    /// Reads what the program writes until the text after `mark` contains `expected` or
    /// `seconds` pass; returns that text (the whole of it, found or not).
    @discardableResult
    func wait(for expected: String, after mark: Int = 0, seconds: Double = 30) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while !text(after: mark).contains(expected), Date() < deadline {
            readAvailable(milliseconds: 50)
        }
        return text(after: mark)
    }

    /// Where the screen ends now (in bytes), to wait for text written after it.
    var mark: Int { screen.utf8.count }

    /// What the program wrote after `mark`.
    func text(after mark: Int) -> String {
        String(decoding: screen.utf8.dropFirst(mark), as: UTF8.self)
    }

    /// Waits up to `seconds` for the program to end; its exit status, or nil if it still runs.
    func exitStatus(within seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { readAvailable(milliseconds: 20) }
        return process.isRunning ? nil : process.terminationStatus
    }

    private func readAvailable(milliseconds: Int32) {
        var descriptor = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(controller, &buffer, buffer.count)
        if count > 0 { screen += String(decoding: buffer[..<count], as: UTF8.self) }
    }
}

/// No pseudo-terminal could be opened on this machine.
struct TerminalUnavailable: Error {}

/// The C library's pseudo-terminal calls (`posix_openpt`, `grantpt`, `unlockpt`, `ptsname`),
/// looked up at run time: Swift's Glibc module does not declare them.
private struct PtyCalls {
    let open: @convention(c) (Int32) -> Int32
    let grant: @convention(c) (Int32) -> Int32
    let unlock: @convention(c) (Int32) -> Int32
    let name: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    init() throws {
        func symbol<T>(_ name: String, as type: T.Type) throws -> T {
            guard let found = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { throw TerminalUnavailable() }
            return unsafeBitCast(found, to: type)
        }
        open = try symbol("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
        grant = try symbol("grantpt", as: (@convention(c) (Int32) -> Int32).self)
        unlock = try symbol("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
        name = try symbol("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
    }
}
