import Terms

/// The Erlang error term behind an exception, as `catch :error, reason` sees it on the BEAM:
/// the errors the runtime itself raises (`:badarith`, `{:badmatch, value}`, `:function_clause`,
/// `:undef`, ...) are caught raw, and only `rescue` turns them into exceptions
/// (`ExceptionBuiltins.normalize`). Exceptions that Elixir code raises are caught as they are.
enum ErlangErrorTerms {
    /// The raw term for `exception`, or the exception itself when Elixir raises it as a struct.
    static func reason(of exception: Term) -> Term {
        guard case .map(let box) = exception, box.get(.atom("__exception__")) == .true,
            case .atom(let module) = box.get(.atom(.structKey))
        else { return exception }
        let field = { (name: String) in box.get(.atom(Atom(name))) ?? .nil }
        switch module.name {
        case "Elixir.ArithmeticError" where field("message") == .string(arithmeticMessage): return .atom("badarith")
        case "Elixir.ArgumentError" where isArgumentErrorOfBuiltin(field("message")): return .atom("badarg")
        case "Elixir.FunctionClauseError": return .atom("function_clause")
        case "Elixir.UndefinedFunctionError": return .atom("undef")
        case "Elixir.SystemLimitError": return .atom("system_limit")
        case "Elixir.CondClauseError": return .atom("cond_clause")
        case "Elixir.ErlangError": return field("original")
        case "Elixir.BadArityError": return .tuple(.atom("badarity"), .tuple(field("function"), field("args")))
        case "Elixir.KeyError" where field("message") == .nil && isMap(field("term")):
            return .tuple(.atom("badkey"), field("key"), field("term"))
        default:
            guard let tag = taggedByTerm[module.name] else { return exception }
            return .tuple(.atom(Atom(tag)), field("term"))
        }
    }

    /// Exceptions whose Erlang term is `{tag, term}`.
    private static let taggedByTerm: [String: String] = [
        "Elixir.MatchError": "badmatch", "Elixir.CaseClauseError": "case_clause", "Elixir.TryClauseError": "try_clause",
        "Elixir.WithClauseError": "with_clause", "Elixir.BadMapError": "badmap", "Elixir.BadFunctionError": "badfun",
    ]

    private static let arithmeticMessage = "bad argument in arithmetic expression"

    /// An `ArgumentError` as a BIF raises it: `argument error`, or the `errors were found at the
    /// given arguments` text Elixir derives from the BIF's error information.
    private static func isArgumentErrorOfBuiltin(_ message: Term) -> Bool {
        guard case .binary = message, let text = try? message.toDisplayString().get() else { return false }
        return text == "argument error" || text.hasPrefix("errors were found at the given arguments")
    }

    private static func isMap(_ term: Term) -> Bool {
        if case .map = term { return true }
        return false
    }
}
