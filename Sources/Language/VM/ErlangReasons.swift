import Terms

/// The exit reason of a process that raised, as the BEAM gives it: errors the runtime itself
/// raises keep their Erlang form (`{:badmatch, v}`, `:badarith`, `{:badkey, k}`), the rest
/// are the exception struct. Function clause and undefined function errors stay structs, as
/// proctor's stack traces cannot carry their details.
enum ErlangReasons {
    /// The first element of the `{reason, stacktrace}` exit reason for raising `exception`.
    static func reason(for exception: Term) -> Term {
        guard case .map(let fields) = exception, let module = exception.structName?.name else { return exception }
        let field = { (name: String) in fields.get(.atom(name)) ?? .nil }
        switch module {
        case "Elixir.MatchError": return .tuple(.atom("badmatch"), field("term"))
        case "Elixir.CaseClauseError": return .tuple(.atom("case_clause"), field("term"))
        case "Elixir.TryClauseError": return .tuple(.atom("try_clause"), field("term"))
        case "Elixir.WithClauseError": return .tuple(.atom("with_clause"), field("term"))
        case "Elixir.BadFunctionError": return .tuple(.atom("badfun"), field("term"))
        case "Elixir.BadMapError": return .tuple(.atom("badmap"), field("term"))
        case "Elixir.BadArityError": return .tuple(.atom("badarity"), .tuple(field("function"), field("args")))
        case "Elixir.KeyError" where field("message") == .nil: return .tuple(.atom("badkey"), field("key"))
        case "Elixir.ArithmeticError" where isDefault(field("message"), "bad argument in arithmetic expression"):
            return .atom("badarith")
        case "Elixir.ArgumentError" where isBadArgument(field("message")):
            return .atom("badarg")
        default: return exception
        }
    }

    private static func isDefault(_ message: Term, _ text: String) -> Bool {
        message == .string(text)
    }

    private static func isBadArgument(_ message: Term) -> Bool {
        guard case .success(let text) = message.toDisplayString() else { return false }
        return text.hasPrefix("errors were found at the given arguments")
    }
}
