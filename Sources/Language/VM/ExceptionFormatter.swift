import Terms

/// Exception messages as Elixir's `Exception.message/1` writes them, and the
/// `** (Module) message` banner printed for uncaught errors.
public enum ExceptionFormatter {
    /// `** (RuntimeError) oops`; `message` (from the module's own `message/1`) replaces the built-in text.
    public static func banner(_ exception: Term, message text: String? = nil) -> String {
        let normalized = ExceptionBuiltins.normalize(exception)
        return "** (\(moduleName(normalized))) \(text ?? message(normalized))"
    }

    /// The exception's module without `Elixir.` (`RuntimeError`).
    public static func moduleName(_ exception: Term) -> String {
        guard let name = exception.structName?.name else { return "ErlangError" }
        return name.hasPrefix("Elixir.") ? String(name.dropFirst(7)) : name
    }

    /// The exception's message.
    public static func message(_ exception: Term) -> String {
        guard case .map(let fields) = exception else { return "Erlang error: \(exception.inspect())" }
        let field = { (name: String) in fields.get(.atom(name)) ?? .nil }
        switch moduleName(exception) {
        case "MatchError": return "no match of right hand side value: \(field("term").inspect())"
        case "CaseClauseError": return "no case clause matching: \(field("term").inspect())"
        case "WithClauseError": return "no with clause matching: \(field("term").inspect())"
        case "TryClauseError": return "no try clause matching: \(field("term").inspect())"
        case "CondClauseError": return "no cond clause evaluated to a truthy value"
        case "BadFunctionError":
            guard case .fun = field("term") else { return "expected a function, got: \(field("term").inspect())" }
            return "function \(field("term").inspect()) is invalid, likely because it points to an old version of the code"
        case "BadMapError": return "expected a map, got: \(field("term").inspect())"
        case "BadBooleanError":
            return "expected a boolean on left-side of \"\(displayAtom(field("operator")))\", got: \(field("term").inspect())"
        case "BadArityError": return badArity(field("function"), field("args"))
        case "KeyError": return keyError(field("key"), field("term"), field("message"))
        case "FunctionClauseError": return functionClause(field)
        case "UndefinedFunctionError": return undefinedFunction(field)
        case "Protocol.UndefinedError": return protocolUndefined(field)
        case "ErlangError" where field("original") != .nil: return "Erlang error: \(field("original").inspect())"
        case "CompileError", "SyntaxError": return compileError(field)
        default:
            if case .binary = field("message"), case .success(let text) = field("message").toDisplayString() { return text }
            return exception.inspect()
        }
    }

    /// `file:line: description` (`file:line:column: description` for a syntax error), as Elixir's
    /// CompileError and SyntaxError say it; only the description when there is no file.
    private static func compileError(_ field: (String) -> Term) -> String {
        let description = displayed(field("description"))
        guard field("file") != .nil else { return description }
        let column = field("column") == .nil ? "" : ":" + displayed(field("column"))
        return "\(displayed(field("file"))):\(displayed(field("line")))\(column): \(description)"
    }

    private static func displayed(_ term: Term) -> String {
        (try? term.toDisplayString().get()) ?? term.inspect()
    }

    private static func displayAtom(_ term: Term) -> String {
        if case .atom(let atom) = term { return atom.name }
        return term.inspect()
    }

    private static func badArity(_ function: Term, _ args: Term) -> String {
        let arguments = args.properListElements ?? []
        let count = arguments.count
        let arity: Int
        if case .fun(let value) = function { arity = value.arity } else { arity = 0 }
        let shown = arguments.map { $0.inspect() }.joined(separator: ", ")
        let noun = count == 1 ? "argument" : "arguments"
        return "\(function.inspect()) with arity \(arity) called with \(count == 0 ? "no arguments" : "\(count) \(noun) (\(shown))")"
    }

    private static func keyError(_ key: Term, _ term: Term, _ message: Term) -> String {
        if case .binary = message, case .success(let text) = message.toDisplayString() { return text }
        if term == .nil { return "key \(key.inspect()) not found" }
        return "key \(key.inspect()) not found in: \(term.inspect(InspectOptions(pretty: true)))"
    }

    private static func functionClause(_ field: (String) -> Term) -> String {
        if case .atom(let kind) = field("kind"), kind.name == "anonymous", case .atom(let module) = field("module"),
            case .atom(let name) = field("function"), case .int(let arity) = field("arity")
        {
            return "no function clause matching in " + AnonymousFunctionName.description(module: module, name: name.name, arity: arity)
        }
        let module = field("module")
        let moduleText = module.inspect()
        return "no function clause matching in \(moduleText).\(functionName(field("function")))/\(field("arity").inspect())"
    }

    private static func undefinedFunction(_ field: (String) -> Term) -> String {
        if case .binary = field("message"), case .success(let message) = field("message").toDisplayString() { return message }
        let module = field("module").inspect()
        let call = "\(module).\(functionName(field("function")))/\(field("arity").inspect())"
        if case .atom(let reason) = field("reason"), reason.name == "module_could_not_be_loaded" {
            return "function \(call) is undefined (module \(module) is not available)"
        }
        if case .success(let reason) = field("reason").toDisplayString(), case .binary = field("reason") {
            return "function \(call) is undefined (\(reason))"
        }
        return "function \(call) is undefined or private"
    }

    private static func protocolUndefined(_ field: (String) -> Term) -> String {
        let protocolName = field("protocol").inspect()
        var text = "protocol \(protocolName) not implemented for \(field("value").inspect()) of type \(typeName(field("value")))"
        if case .success(let description) = field("description").toDisplayString(), !description.isEmpty {
            text += ", " + description
        }
        return text
    }

    /// The type name `Protocol.UndefinedError` uses (`Atom`, `Tuple`, `Integer`, `User (a struct)`, ...).
    static func typeName(_ value: Term) -> String {
        if let module = value.structName { return Term.atom(module).inspect() + " (a struct)" }
        return ProtocolBuiltins.typeName(value)
    }

    private static func functionName(_ term: Term) -> String {
        guard case .atom(let atom) = term else { return term.inspect() }
        let inspected = term.inspect()
        return inspected.hasPrefix(":\"") ? String(inspected.dropFirst()) : atom.name
    }
}
