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

/// An output sink that keeps what is written (both streams, in order) and passes it on.
public final class TeeOutputSink: OutputSink {
    /// Everything written so far, standard output and standard error interleaved.
    public private(set) var captured = ""
    private let downstream: (any OutputSink)?

    /// A sink that captures, and forwards to `downstream` when there is one.
    public init(forwardingTo downstream: (any OutputSink)? = nil) {
        self.downstream = downstream
    }

    /// Captures `text` and forwards it.
    public func write(_ text: String, to stream: OutputStreamKind) {
        captured += text
        downstream?.write(text, to: stream)
    }
}
