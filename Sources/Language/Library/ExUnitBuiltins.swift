import Runtime
import Terms

/// The failing halves of ExUnit's assertions: each raises `ExUnit.AssertionError`
/// with the message, code and values ExUnit prints.
enum ExUnitBuiltins {
    /// ExUnit's marker for "no value to show" in `left:`/`right:`.
    static let noValue = Term.atom("ex_unit_no_meaningful_value")

    static var all: [Builtin] {
        var exunit = BuiltinModule("Elixir.ExUnit")
        exunit.define("start", 0) { (_, context) throws(GuestError) -> Term in
            context.machine.program.exUnitStarted = true
            return .ok
        }
        exunit.define("start", 1) { (args, context) throws(GuestError) -> Term in
            switch ExUnitOptions.parse(args[0]) {
            case .success(let options): context.machine.program.exUnitOptions = options
            case .failure(let unsupported): throw GuestError.argument("proctor does not support the ExUnit.start/1 option \(unsupported.text)")
            }
            context.machine.program.exUnitStarted = true
            return .ok
        }
        var helpers = BuiltinModule("proctor")
        helpers.define("setup_all_ready", 1) { (args, context) throws(GuestError) -> Term in
            context.machine.reportedValue = args[0]
            return .ok
        }
        helpers.define("assert_compare", 5) { (args, _) throws(GuestError) -> Term in
            try compare(args[0], args[1], operator: args[2], code: args[3], refute: args[4] == .true)
        }
        helpers.define("assert_truthy", 3) { (args, _) throws(GuestError) -> Term in
            let refute = args[2] == .true
            if args[0].isFalsy == refute { return args[0] }
            let message = refute ? "Expected false or nil, got \(args[0].inspect())" : "Expected truthy, got \(args[0].inspect())"
            throw failure(message, code: args[1])
        }
        helpers.define("exunit_capture_log", 0) { (_, context) throws(GuestError) -> Term in
            .bool(context.machine.program.exUnitOptions.captureLog)
        }
        helpers.define("assert_message", 3) { (args, _) throws(GuestError) -> Term in
            let refute = args[2] == .true
            if args[0].isFalsy == refute { return .bool(!refute) }
            throw failure(try TextOperations.displayString(args[1]), code: noValue)
        }
        helpers.define("assert_operator", 6) { (args, _) throws(GuestError) -> Term in
            let refute = args[5] == .true
            if args[0].isFalsy == refute { return .bool(!refute) }
            guard case .atom(let name) = args[3] else { return .bool(!refute) }
            throw failure("\(refute ? "Refute" : "Assertion") with \(name.name) failed", code: args[4], left: args[1], right: args[2])
        }
        helpers.define("assert_match_query", 4) { (args, _) throws(GuestError) -> Term in
            if args[0] == .true { return .true }
            throw failure("match (match?) failed", code: args[2], left: args[3], right: args[1], context: .atom("match"))
        }
        helpers.define("flunk", 1) { (args, _) throws(GuestError) -> Term in
            throw failure(try TextOperations.displayString(args[0]), code: noValue)
        }
        helpers.define("assert_match_failed", 3) { (args, _) throws(GuestError) -> Term in
            throw failure("match (=) failed", code: args[1], left: args[2], right: args[0], context: .atom("match"))
        }
        helpers.define("assert_receive_failed", 4) { (args, context) throws(GuestError) -> Term in
            throw receiveFailure(
                timeout: args[0], code: args[1], pattern: args[2], pins: args[3].properListElements ?? [],
                mailbox: context.process.queuedMessages)
        }
        helpers.define("receive_timeout", 1) { (args, _) throws(GuestError) -> Term in
            if case .int(let milliseconds) = args[0], milliseconds >= 0 { return args[0] }
            throw GuestError.argument("timeout must be a non-negative integer (milliseconds), got: \(args[0].inspect())")
        }
        helpers.define("refute_receive_failed", 3) { (args, _) throws(GuestError) -> Term in
            let pattern = (try? args[2].toDisplayString().get()) ?? ""
            throw failure("Unexpectedly received message \(args[0].inspect()) (which matched \(pattern))", code: args[1])
        }
        helpers.define("assert_raise_failed", 3) { (args, _) throws(GuestError) -> Term in
            let expected = ExceptionFormatter.moduleName(Term.makeStruct(try ArgumentChecks.atom(args[0]), fields: []))
            if args[1] == .nil {
                throw failure("Expected exception \(expected) but nothing was raised", code: noValue)
            }
            let got = ExceptionFormatter.moduleName(args[1])
            var error = got == "ExUnit.AssertionError"
                ? GuestError(.error, args[1])
                : failure("Expected exception \(expected) but got \(got) (\(ExceptionFormatter.message(args[1])))", code: noValue)
            error.stacktrace = args[2]
            throw error
        }
        helpers.define("assert_raise_message_failed", 2) { (args, _) throws(GuestError) -> Term in
            throw failure("Wrong message for \(ExceptionFormatter.moduleName(args[1]))\nexpected:\n  \(args[0].inspect())\nactual:\n  \(ExceptionFormatter.message(args[1]).debugDescription)", code: noValue)
        }
        return exunit.builtins + helpers.builtins
    }

    private static func compare(_ left: Term, _ right: Term, operator name: Term, code: Term, refute: Bool) throws(GuestError) -> Term {
        guard case .atom(let atom) = name else { return .true }
        let holds: Bool
        switch atom.name {
        case "==": holds = left.looselyEquals(right)
        case "!=": holds = !left.looselyEquals(right)
        case "===": holds = left == right
        case "!==": holds = left != right
        case "<": holds = Term.compare(left, right) < 0
        case ">": holds = Term.compare(left, right) > 0
        case "<=": holds = Term.compare(left, right) <= 0
        default: holds = Term.compare(left, right) >= 0
        }
        if holds != refute { return .bool(holds) }
        let exactly = left == right
        let suffix = exactly ? ", both sides are exactly equal" : ""
        throw failure("\(refute ? "Refute" : "Assertion") with \(atom.name) failed\(suffix)", code: code, left: left, right: exactly ? noValue : right)
    }

    /// How many of the mailbox's messages an `assert_receive` failure shows (the latest ones), as ExUnit.
    static let mailboxShown = 10

    /// `assert_receive`'s failure: the pinned variables and the mailbox's size in the message; the
    /// pattern as `left` and the last messages in the context `{:mailbox, pins, messages}`, as ExUnit keeps them.
    private static func receiveFailure(timeout: Term, code: Term, pattern: Term, pins: [Term], mailbox: [Term]) -> GuestError {
        var message = "Assertion failed, no matching message after \(timeout.inspect())ms"
        if !pins.isEmpty {
            message += "\nThe following variables were pinned:"
            for case .tuple(let pin) in pins where pin.elements.count == 2 {
                message += "\n  \((try? pin.elements[0].toDisplayString().get()) ?? "") = \(pin.elements[1].inspect())"
            }
        }
        let count = mailbox.count
        message += count == 0
            ? "\nThe process mailbox is empty."
            : "\nShowing \(min(count, mailboxShown)) of \(count) message\(count == 1 ? "" : "s") in the mailbox"
        let shown = Term.list(Array(mailbox.suffix(mailboxShown)))
        return failure(message, code: code, left: pattern, context: .tuple(.atom("mailbox"), .list(pins), shown))
    }

    /// An `ExUnit.AssertionError` raise.
    static func failure(
        _ message: String, code: Term, left: Term = noValue, right: Term = noValue, context: Term = .atom("==")
    ) -> GuestError {
        .exception("ExUnit.AssertionError", [
            ("left", left), ("right", right), ("message", .string(message)), ("expr", code),
            ("args", noValue), ("doctest", noValue), ("context", context),
        ])
    }
}
