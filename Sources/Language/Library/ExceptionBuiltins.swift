import Runtime
import Terms

/// Builtins behind exceptions: building one for `raise`, turning Erlang error terms into
/// exceptions (`Exception.normalize/3`), and asking whether a module exports a function.
enum ExceptionBuiltins {
    /// The builtins this file defines (and those of `ModuleBuiltins`).
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("build_exception", 2) { (args, context) throws(GuestError) -> Term in
            try InternalBuiltins.exception(from: args[0], fields: args[1], context: context).value
        }
        helpers.define("normalize", 1) { (args, _) throws(GuestError) -> Term in normalize(args[0]) }
        helpers.define("caught_value", 2) { (args, _) throws(GuestError) -> Term in
            args[0] == .atom("error") ? ErlangErrorTerms.reason(of: args[1]) : args[1]
        }
        helpers.define("exception_message", 1) { (args, _) throws(GuestError) -> Term in
            .string(ExceptionFormatter.message(args[0]))
        }
        helpers.define("format_exit", 1) { (args, _) throws(GuestError) -> Term in .string(ExitFormatter.format(args[0])) }
        var kernel = BuiltinModule("Elixir.Kernel")
        kernel.define("function_exported?", 3) { (args, context) throws(GuestError) -> Term in
            guard case .atom(let module) = args[0], case .atom(let function) = args[1], case .int(let arity) = args[2] else {
                return .false
            }
            let name = RemoteName(module: module, function: function, arity: arity)
            let program = context.machine.program
            return .bool(program.function(name) != nil || Builtins.index(of: name) != nil || ModuleInfo.defines(name, in: program))
        }
        kernel.define("is_exception", 2) { (args, _) throws(GuestError) -> Term in
            guard case .map(let box) = args[0], box.get(.atom("__exception__")) == .true else { return .false }
            return .bool(box.get(.atom(.structKey)) == args[1])
        }
        var erlang = BuiltinModule("erlang")
        erlang.define("error", 1) { (args, _) throws(GuestError) -> Term in throw GuestError(.error, args[0]) }
        return helpers.builtins + kernel.builtins + erlang.builtins
    }

    /// The exception an Erlang error term stands for (`:badarg` is an `ArgumentError`, ...);
    /// exceptions are returned as they are, unknown terms wrapped in `ErlangError`.
    static func normalize(_ term: Term) -> Term {
        if case .map(let box) = term, box.get(.atom("__exception__")) == .true { return term }
        if case .atom(let atom) = term, let exception = atomErrors[atom.name] { return exception.value }
        if case .tuple(let box) = term, case .atom(let tag) = box.elements.first {
            let rest = Array(box.elements.dropFirst())
            switch (tag.name, rest.count) {
            case ("badkey", 1): return GuestError.keyError(rest[0], in: .nil).value
            case ("badkey", 2): return GuestError.keyError(rest[0], in: rest[1]).value
            case ("badmatch", 1): return GuestError.exception("MatchError", [("term", rest[0])]).value
            case ("case_clause", 1): return GuestError.exception("CaseClauseError", [("term", rest[0])]).value
            case ("try_clause", 1): return GuestError.exception("TryClauseError", [("term", rest[0])]).value
            case ("badfun", 1): return GuestError.badFunction(rest[0]).value
            case ("badmap", 1): return GuestError.badMap(rest[0]).value
            case ("with_clause", 1): return GuestError.exception("WithClauseError", [("term", rest[0])]).value
            case ("badarity", 1):
                guard case .tuple(let call) = rest[0], call.elements.count == 2 else { break }
                return GuestError.exception("BadArityError", [("function", call.elements[0]), ("args", call.elements[1])]).value
            default: break
            }
        }
        return GuestError.exception("ErlangError", [("original", term), ("reason", .nil)]).value
    }

    private static let atomErrors: [String: GuestError] = [
        "badarg": .argument("argument error"),
        "badarith": .badArithmetic,
        "system_limit": .exception("SystemLimitError", [("message", .string("a system limit has been reached"))]),
        "cond_clause": .exception("CondClauseError", []),
    ]
}
