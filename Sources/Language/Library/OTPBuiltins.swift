import Runtime
import Terms

/// What the OTP modules written in Elixir (GenServer, Logger, `:timer`) need from the host:
/// crash reports and log lines as Elixir 1.14's Logger prints them, a client's stack, the
/// Logger level, and Erlang's timer functions.
enum OTPBuiltins {
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("log_server_crash", 5) { (args, context) throws(GuestError) -> Term in
            guard case .tuple(let failure) = args[1], failure.elements.count == 2 else {
                throw ArgumentChecks.badArgument(2, "not a {reason, stacktrace} tuple")
            }
            let report = ServerCrashReport(
                label: args[0], reason: failure.elements[0], stack: failure.elements[1], lastMessage: args[2], client: args[3], state: args[4])
            log(report.text(clientStack: clientStack(args[3], context: context)), context: context)
            return .ok
        }
        helpers.define("log", 2) { (args, context) throws(GuestError) -> Term in
            let level = try ArgumentChecks.atom(args[0])
            if LogLevel.prints(level, threshold: context.process.runtime.loggerLevel) {
                log("\n[\(level.name)] \(try TextOperations.displayString(args[1]))\n", level: level, context: context)
            }
            return .ok
        }
        helpers.define("log_capture_start", 1) { (args, context) throws(GuestError) -> Term in
            let threshold = args[0] == .nil ? Atom("debug") : try ArgumentChecks.atom(args[0])
            guard LogLevel.severity(threshold) != nil else { throw .argument("invalid value for :level option, got: \(args[0].inspect())") }
            return .int(context.process.runtime.startLogCapture { LogLevel.prints($0, threshold: threshold) }.id)
        }
        helpers.define("log_capture_stop", 1) { (args, context) throws(GuestError) -> Term in
            .string(context.process.runtime.stopLogCapture(try ArgumentChecks.integer(args[0], position: 1)))
        }
        helpers.define("logger_level", 0) { (_, context) throws(GuestError) -> Term in .atom(context.process.runtime.loggerLevel) }
        helpers.define("set_logger_level", 1) { (args, context) throws(GuestError) -> Term in
            let level = try ArgumentChecks.atom(args[0])
            guard LogLevel.severity(level) != nil else {
                throw .argument("invalid value for :level option, got: \(args[0].inspect())")
            }
            context.process.runtime.loggerLevel = level
            return .ok
        }
        return helpers.builtins + erlangTimers()
    }

    /// `:erlang.send_after/3`, `start_timer/3`, `cancel_timer/1`, `read_timer/1` and `phash2/1,2`.
    private static func erlangTimers() -> [Builtin] {
        var erlang = BuiltinModule("erlang")
        for (name, tagged) in [("send_after", false), ("start_timer", true)] {
            erlang.define(name, 3) { (args, context) throws(GuestError) -> Term in
                let milliseconds = try ArgumentChecks.integer(args[0], position: 1)
                guard milliseconds >= 0 else { throw ArgumentChecks.badArgument(1, "not a non-negative integer") }
                let destination = try ProcessBuiltins.timerDestination(args[1])
                return .ref(context.process.sendAfter(milliseconds: milliseconds, message: args[2], to: destination, tagged: tagged))
            }
        }
        erlang.define("cancel_timer", 1) { (args, context) throws(GuestError) -> Term in
            guard case .ref(let ref) = args[0] else { throw ArgumentChecks.badArgument(1, "not a reference") }
            return context.process.runtime.cancelTimer(ref).map(Term.int) ?? .false
        }
        erlang.define("read_timer", 1) { (args, context) throws(GuestError) -> Term in
            guard case .ref(let ref) = args[0] else { throw ArgumentChecks.badArgument(1, "not a reference") }
            return context.process.runtime.readTimer(ref).map(Term.int) ?? .false
        }
        erlang.define("phash2", 1) { (args, _) throws(GuestError) -> Term in .int(TermHash.value(args[0], range: 1 << 27)) }
        erlang.define("phash2", 2) { (args, _) throws(GuestError) -> Term in
            let range = try ArgumentChecks.integer(args[1], position: 2)
            guard range > 0 else { throw ArgumentChecks.badArgument(2, "out of range") }
            return .int(TermHash.value(args[0], range: range))
        }
        return erlang.builtins
    }

    /// Writes `text` through the logger at once (after any report still queued), as a log line
    /// reaches the console before the process goes on.
    private static func log(_ text: String, level: Atom = Atom("error"), context: BuiltinContext) {
        context.process.logError(text, level: level)
        context.process.runtime.flushErrorLog()
    }

    /// The stack of a calling process waiting for a server's reply, nil when it is dead.
    private static func clientStack(_ client: Term, context: BuiltinContext) -> [String]? {
        guard case .pid(let pid) = client, let process = context.process.runtime.process(pid), process.isAlive else { return nil }
        guard let machine = process.runningBody as? Machine else { return [] }
        return StackTrace.lines(of: machine.currentStacktrace())
    }
}

/// Logger's levels, least severe first.
enum LogLevel {
    static let names = ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"]

    /// The rank of `level` (`:warn` is `:warning`), nil for an unknown level.
    static func severity(_ level: Atom) -> Int? {
        names.firstIndex(of: level.name == "warn" ? "warning" : level.name)
    }

    /// Whether a message at `level` prints under `threshold`.
    static func prints(_ level: Atom, threshold: Atom) -> Bool {
        (severity(level) ?? 0) >= (severity(threshold) ?? 0)
    }
}

/// A hash of a term that is the same on every run (`:erlang.phash2/2`): FNV-1a over its inspected
/// text. Its values are not the BEAM's own.
enum TermHash {
    static func value(_ term: Term, range: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term.inspect().utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(hash % UInt64(range))
    }
}
