/// The structs of Elixir's standard library that proctor's values can hold,
/// with their fields in definition order, so they print as Elixir prints them.
public enum StandardStructs {
    /// Struct name (without `Elixir.`) to fields, `__exception__` left out.
    private static let layouts: [String: [String]] = [
        "Task": ["mfa", "owner", "pid", "ref"],
        "MapSet": ["map", "version"],
        "Range": ["first", "last", "step"],
        "Regex": ["re_pattern", "source", "opts", "re_version"],
        "Regex.CompileError": ["message"],
        "RuntimeError": ["message"],
        "ArgumentError": ["message"],
        "ArithmeticError": ["message"],
        "SystemLimitError": ["message"],
        "Enum.EmptyError": ["message"],
        "Enum.OutOfBoundsError": ["message"],
        "KeyError": ["key", "term", "message"],
        "MatchError": ["term"],
        "CaseClauseError": ["term"],
        "CondClauseError": [],
        "TryClauseError": ["term"],
        "WithClauseError": ["term"],
        "BadFunctionError": ["term"],
        "BadMapError": ["term"],
        "BadBooleanError": ["term", "operator"],
        "BadStructError": ["struct", "term"],
        "BadArityError": ["function", "args"],
        "FunctionClauseError": ["module", "function", "arity", "kind", "args", "clauses"],
        "UndefinedFunctionError": ["module", "function", "arity", "reason", "message"],
        "ErlangError": ["original", "reason"],
        "Protocol.UndefinedError": ["protocol", "value", "description"],
        "UnicodeConversionError": ["encoded", "message"],
        "ExUnit.AssertionError": ["left", "right", "message", "expr", "args", "doctest", "context"],
        "ExUnit.TimeoutError": ["timeout", "type"],
    ]

    /// The layouts keyed by module atom, interned once.
    private static let fieldsByModule: [Atom: [Atom]] = Dictionary(uniqueKeysWithValues: layouts.map { name, fields in
        (Atom("Elixir." + name), fields.map { Atom($0) })
    })

    /// Whether `module` is one of the standard library's structs (not a program's own).
    public static func isStandard(_ module: Atom) -> Bool {
        fieldsByModule[module] != nil
    }

    /// The fields of the standard struct `module` (e.g. `Elixir.Task`), or nil.
    @Sendable public static func fields(of module: Atom) -> [Atom]? {
        fieldsByModule[module] ?? StructLayouts.fields(of: module)
    }
}
