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
        exunit.define("start", 1) { (_, context) throws(GuestError) -> Term in
            context.machine.program.exUnitStarted = true
            return .ok
        }
        var helpers = BuiltinModule("proctor")
        helpers.define("assert_compare", 5) { (args, _) throws(GuestError) -> Term in
            try compare(args[0], args[1], operator: args[2], code: args[3], refute: args[4] == .true)
        }
        helpers.define("assert_truthy", 3) { (args, _) throws(GuestError) -> Term in
            let refute = args[2] == .true
            if args[0].isFalsy == refute { return args[0] }
            let message = refute ? "Expected false or nil, got \(args[0].inspect())" : "Expected truthy, got \(args[0].inspect())"
            throw failure(message, code: args[1])
        }
        helpers.define("flunk", 1) { (args, _) throws(GuestError) -> Term in
            throw failure(try TextOperations.displayString(args[0]), code: noValue)
        }
        helpers.define("assert_match_failed", 2) { (args, _) throws(GuestError) -> Term in
            throw failure("match (=) failed", code: args[1], right: args[0])
        }
        helpers.define("assert_receive_failed", 2) { (args, context) throws(GuestError) -> Term in
            let milliseconds = args[0].inspect()
            let messages = context.process.queuedMessages
            let mailbox = messages.isEmpty
                ? "The process mailbox is empty."
                : "Showing \(min(messages.count, 10)) of \(messages.count) message\(messages.count == 1 ? "" : "s") in the mailbox"
            throw failure("Assertion failed, no matching message after \(milliseconds)ms\n\(mailbox)", code: args[1])
        }
        helpers.define("refute_receive_failed", 2) { (args, _) throws(GuestError) -> Term in
            throw failure("Unexpectedly received message \(args[0].inspect()) (which matched the pattern)", code: args[1])
        }
        helpers.define("assert_raise_failed", 2) { (args, _) throws(GuestError) -> Term in
            let expected = ExceptionFormatter.moduleName(Term.makeStruct(try ArgumentChecks.atom(args[0]), fields: []))
            if args[1] == .nil {
                throw failure("Expected exception \(expected) but nothing was raised", code: noValue)
            }
            let got = ExceptionFormatter.moduleName(args[1])
            throw failure("Expected exception \(expected) but got \(got) (\(ExceptionFormatter.message(args[1])))", code: noValue)
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
        if refute {
            let exactly = (atom.name == "==" || atom.name == "===") && left == right
            let suffix = exactly ? ", both sides are exactly equal" : ""
            throw failure("Refute with \(atom.name) failed\(suffix)", code: code, left: left, right: exactly ? noValue : right)
        }
        throw failure("Assertion with \(atom.name) failed", code: code, left: left, right: right)
    }

    /// An `ExUnit.AssertionError` raise.
    static func failure(_ message: String, code: Term, left: Term = noValue, right: Term = noValue) -> GuestError {
        .exception("ExUnit.AssertionError", [
            ("left", left), ("right", right), ("message", .string(message)), ("expr", code),
            ("args", noValue), ("doctest", noValue), ("context", .atom("==")),
        ])
    }
}
