import Terms

/// Exit reasons as Elixir's `Exception.format_exit/1` and the top-level error banner write them.
enum ExitFormatter {
    /// The reason in words: `killed`, `time out`, `exited in: GenServer.call(...)` with the
    /// cause below it, `an exception was raised:` with the banner and its stack trace below it,
    /// else the inspected reason.
    /// `message` is the text the exception's own `message/1` gave, when it has one.
    static func format(_ reason: Term, joiner: String = "\n    ", message: String? = nil) -> String {
        if let exception = exceptionOf(reason), case .tuple(let box) = reason {
            let frames = StackTrace.lines(of: box.elements[1]).map { joiner + "    " + $0 }
            return "an exception was raised:" + joiner + ExceptionFormatter.banner(exception, message: message) + frames.joined()
        }
        if let (cause, call) = callExit(reason) {
            return "exited in: " + call + joiner + "** (EXIT) " + format(cause, joiner: joiner + "    ")
        }
        if case .atom(let atom) = reason, let text = atomReasons[atom.name] { return text }
        if let (child, cause) = failedChild(reason) {
            return "shutdown: failed to start child: " + child.inspect() + joiner + "** (EXIT) "
                + format(cause, joiner: joiner + "    ")
        }
        if case .tuple(let box) = reason, box.elements.count == 2 {
            switch box.elements[0] {
            case .atom(let tag) where tag.name == "shutdown": return "shutdown: " + box.elements[1].inspect()
            case .atom(let tag) where tag.name == "bad_return_value": return "bad return value: " + box.elements[1].inspect()
            default: break
            }
        }
        return reason.inspect()
    }

    /// How an uncaught raise in the main process prints: `** (RuntimeError) oops`, `** (exit) killed`,
    /// `** (throw) :ball`; an error's crash `report` (written when it was raised) is used as it is.
    static func banner(_ reason: Term, report: String? = nil) -> String {
        if case .tuple(let box) = reason, box.elements.count == 2, case .tuple(let inner) = box.elements[0],
            inner.elements.count == 2, inner.elements[0] == .atom("nocatch")
        {
            return "** (throw) " + inner.elements[1].inspect()
        }
        if let report { return withBlame(report, exceptionOf(reason)) }
        if let exception = exceptionOf(reason) { return ExceptionFormatter.banner(exception) }
        return "** (exit) " + format(reason)
    }

    /// A function clause error's report with the arguments the function was given, as the top level shows it.
    private static func withBlame(_ report: String, _ exception: Term?) -> String {
        guard let exception, exception.structName?.name == "Elixir.FunctionClauseError", case .map(let fields) = exception,
            fields.get(.atom("kind")) != .nil, let arguments = fields.get(.atom("args"))?.properListElements,
            let newline = report.firstIndex(of: "\n")
        else { return report }
        let function = String(ExceptionFormatter.message(exception).dropFirst("no function clause matching in ".count))
        var blame = "    \n    \n    The following arguments were given to \(function):\n"
        for (position, argument) in arguments.enumerated() {
            let shown = argument.inspect(InspectOptions(pretty: true)).split(separator: "\n").joined(separator: "\n        ")
            blame += "    \n        # \(position + 1)\n        \(shown)\n"
        }
        blame += "    "
        return String(report[..<newline]) + blame + String(report[newline...])
    }

    private static let atomReasons = [
        "normal": "normal", "shutdown": "shutdown", "calling_self": "process attempted to call itself",
        "timeout": "time out", "killed": "killed", "noconnection": "no connection",
        "noproc": "no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started",
    ]

    /// `{:shutdown, {:failed_to_start_child, id, cause}}`, a supervisor that could not start a child:
    /// the child's id and the cause (unwrapped from `{:EXIT, cause}` when the start function raised).
    private static func failedChild(_ reason: Term) -> (Term, Term)? {
        guard case .tuple(let box) = reason, box.elements.count == 2, box.elements[0] == .atom("shutdown"),
            case .tuple(let failure) = box.elements[1], failure.elements.count == 3,
            failure.elements[0] == .atom("failed_to_start_child")
        else { return nil }
        if case .tuple(let exit) = failure.elements[2], exit.elements.count == 2, exit.elements[0] == .atom("EXIT") {
            return (failure.elements[1], exit.elements[1])
        }
        return (failure.elements[1], failure.elements[2])
    }

    /// `{reason, {Mod, :fun, args}}`: the cause and the call written as `Mod.fun(arg, ...)`.
    private static func callExit(_ reason: Term) -> (Term, String)? {
        guard case .tuple(let box) = reason, box.elements.count == 2, case .tuple(let call) = box.elements[1],
            call.elements.count == 3, case .atom = call.elements[0], case .atom(let function) = call.elements[1],
            let arguments = call.elements[2].properListElements
        else { return nil }
        let shown = arguments.map { $0.inspect() }.joined(separator: ", ")
        return (box.elements[0], "\(call.elements[0].inspect()).\(function.name)(\(shown))")
    }

    /// The exception in a `{exception, stacktrace}` reason (an Erlang error term such as
    /// `{:badmatch, v}` counts as the exception it stands for).
    static func exceptionOf(_ reason: Term) -> Term? {
        guard case .tuple(let box) = reason, box.elements.count == 2, box.elements[1].properListElements != nil else { return nil }
        let exception = ExceptionBuiltins.normalize(box.elements[0])
        guard exception.structName?.name != "Elixir.ErlangError" || box.elements[0] == exception else { return nil }
        return exception
    }
}
