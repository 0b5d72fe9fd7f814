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

/// An output sink that keeps what is written to it, per stream: everything, or within the
/// bounds of a `BoundedText` for output that nobody limits (a learner's program under a grader).
public final class CapturingOutputSink: OutputSink {
    private var output: BoundedText
    private var errors: BoundedText

    /// What was written to standard output, in order.
    public var standardOutput: String { output.text }
    /// What was written to standard error, in order.
    public var standardError: String { errors.text }

    /// Makes an empty capturing sink that keeps everything.
    public convenience init() {
        self.init(bound: .unbounded)
    }

    /// Makes an empty capturing sink that keeps `bound` of each stream.
    public init(bound: BoundedText) {
        output = bound
        errors = bound
    }

    /// Appends `text` to the captured stream.
    public func write(_ text: String, to stream: OutputStreamKind) {
        switch stream {
        case .standardOutput: output.append(text)
        case .standardError: errors.append(text)
        }
    }
}

/// An output sink that keeps what is written (both streams, in order, within the bounds of a
/// `BoundedText`) and passes all of it on.
public final class TeeOutputSink: OutputSink {
    private var transcript: BoundedText
    private let downstream: (any OutputSink)?

    /// What was written so far, standard output and standard error interleaved.
    public var captured: String { transcript.text }

    /// A sink that captures within `bound`, and forwards to `downstream` when there is one.
    public init(forwardingTo downstream: (any OutputSink)? = nil, bound: BoundedText = BoundedText()) {
        self.downstream = downstream
        self.transcript = bound
    }

    /// Captures `text` and forwards it.
    public func write(_ text: String, to stream: OutputStreamKind) {
        transcript.append(text)
        downstream?.write(text, to: stream)
    }
}
