import Foundation

/// Which standard stream a piece of output belongs to.
public enum OutputStreamKind: Sendable {
    /// Standard output (`IO.puts`).
    case standardOutput
    /// Standard error (`IO.puts(:stderr, ...)`).
    case standardError
}

/// Where a process's output goes: its group leader.
///
/// A spawned process inherits its parent's sink; a grader can give one test's
/// process a capturing sink to collect what it prints.
public protocol OutputSink: AnyObject {
    /// Writes `text` (already formatted, newlines included) to `stream`.
    func write(_ text: String, to stream: OutputStreamKind)
}

/// An output sink that writes to the program's own stdout and stderr.
public final class StandardOutputSink: OutputSink {
    /// Makes a sink that writes to the program's standard streams.
    public init() {}

    /// Writes `text` to the real stream, unbuffered.
    public func write(_ text: String, to stream: OutputStreamKind) {
        let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }
}

/// An output sink that keeps everything written to it, per stream.
public final class CapturingOutputSink: OutputSink {
    /// Everything written to standard output, in order.
    public private(set) var standardOutput = ""
    /// Everything written to standard error, in order.
    public private(set) var standardError = ""

    /// Makes an empty capturing sink.
    public init() {}

    /// Appends `text` to the captured stream.
    public func write(_ text: String, to stream: OutputStreamKind) {
        switch stream {
        case .standardOutput: standardOutput += text
        case .standardError: standardError += text
        }
    }
}
