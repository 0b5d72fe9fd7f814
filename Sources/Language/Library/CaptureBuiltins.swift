import Runtime
import Terms

/// `ExUnit.CaptureIO`'s halves: while a capture is on, what the process (and the processes
/// it starts) write to the captured stream is kept instead of printed; `:erlang.raise/3`
/// lets the capture end before an error goes on with its own stack trace.
enum CaptureBuiltins {
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("capture_start", 1) { (args, context) throws(GuestError) -> Term in
            let stream: OutputStreamKind = args[0] == .atom("stderr") ? .standardError : .standardOutput
            context.process.groupLeader = CapturedOutputSink(capturing: stream, passingOn: context.process.groupLeader)
            return .ok
        }
        helpers.define("capture_stop", 0) { (_, context) throws(GuestError) -> Term in
            guard let capture = context.process.groupLeader as? CapturedOutputSink else {
                throw GuestError.argument("no output capture is running in this process")
            }
            context.process.groupLeader = capture.previous
            return .string(capture.captured)
        }
        var erlang = BuiltinModule("erlang")
        erlang.define("raise", 3) { (args, _) throws(GuestError) -> Term in
            let kinds: [Term: ErrorKind] = [.atom("error"): .error, .atom("exit"): .exit, .atom("throw"): .throw]
            guard let kind = kinds[args[0]] else { throw GuestError(.error, .atom("badarg")) }
            var error = GuestError(kind, args[1])
            error.stacktrace = args[2]
            throw error
        }
        return helpers.builtins + erlang.builtins
    }
}

/// A group leader that keeps what is written to one stream and passes the other on.
final class CapturedOutputSink: OutputSink {
    let stream: OutputStreamKind
    /// The group leader the capture replaced, which it gives back when it ends.
    let previous: any OutputSink
    private(set) var captured = ""

    init(capturing stream: OutputStreamKind, passingOn previous: any OutputSink) {
        self.stream = stream
        self.previous = previous
    }

    func write(_ text: String, to stream: OutputStreamKind) {
        if stream == self.stream { captured += text } else { previous.write(text, to: stream) }
    }
}
