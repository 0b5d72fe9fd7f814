import Terms

/// A struct's definition: its fields with their defaults, and whether it is an exception.
public struct StructDefinition {
    /// Fields and default values, in definition order (`__exception__` included for exceptions).
    public let fields: [(key: Atom, value: Term)]
    /// Whether `defexception` defined it.
    public let isException: Bool
    /// The keys `@enforce_keys` demands from `struct!/2`.
    public var enforcedKeys: [Atom] = []
}

/// The structs a program knows: the standard library's and those its modules define.
public final class StructRegistry {
    private var definitions: [Atom: StructDefinition] = [:]
    /// The field orders `inspect` uses for these structs while this program runs.
    public let layouts = StructLayouts()

    /// A registry holding the standard library's structs.
    public init() {
        for (name, fields) in BuiltinStructs.exceptions {
            define(Atom(name), fields: fields.map { ($0, .nil) } + [(Atom("__exception__"), .true)], isException: true)
        }
        for (name, fields) in BuiltinStructs.plain {
            define(Atom(name), fields: fields.map { ($0, .nil) }, isException: false)
        }
    }

    /// Adds or replaces a struct.
    public func define(_ module: Atom, fields: [(key: Atom, value: Term)], isException: Bool, enforcedKeys: [Atom] = []) {
        definitions[module] = StructDefinition(fields: fields, isException: isException, enforcedKeys: enforcedKeys)
        layouts.register(module, fields: fields.map(\.key).filter { $0.name != "__exception__" })
    }

    /// Asked to load the code that defines `module` when its struct is not known yet (the library's).
    var definitionLoader: ((Atom) -> Void)?

    /// The struct `module` defines, if any.
    public func definition(of module: Atom) -> StructDefinition? {
        if definitions[module] == nil { definitionLoader?(module) }
        return definitions[module]
    }
}

/// The structs of Elixir's standard library that proctor's programs meet.
enum BuiltinStructs {
    static let exceptions: [(String, [Atom])] = [
        ("Elixir.RuntimeError", [Atom("message")]),
        ("Elixir.ArgumentError", [Atom("message")]),
        ("Elixir.ArithmeticError", [Atom("message")]),
        ("Elixir.SystemLimitError", [Atom("message")]),
        ("Elixir.MatchError", [Atom("term")]),
        ("Elixir.CaseClauseError", [Atom("term")]),
        ("Elixir.WithClauseError", [Atom("term")]),
        ("Elixir.TryClauseError", [Atom("term")]),
        ("Elixir.CondClauseError", []),
        ("Elixir.BadFunctionError", [Atom("term")]),
        ("Elixir.BadMapError", [Atom("term")]),
        ("Elixir.BadBooleanError", [Atom("term"), Atom("operator")]),
        ("Elixir.BadArityError", [Atom("function"), Atom("args")]),
        ("Elixir.ErlangError", [Atom("original"), Atom("reason")]),
        ("Elixir.KeyError", [Atom("key"), Atom("term"), Atom("message")]),
        ("Elixir.Enum.EmptyError", [Atom("message")]),
        ("Elixir.Enum.OutOfBoundsError", [Atom("message")]),
        ("Elixir.Protocol.UndefinedError", [Atom("protocol"), Atom("value"), Atom("description")]),
        ("Elixir.FunctionClauseError",
         [Atom("module"), Atom("function"), Atom("arity"), Atom("kind"), Atom("args"), Atom("clauses")]),
        ("Elixir.UndefinedFunctionError",
         [Atom("module"), Atom("function"), Atom("arity"), Atom("reason"), Atom("message")]),
        ("Elixir.ExUnit.AssertionError",
         [Atom("left"), Atom("right"), Atom("message"), Atom("expr"), Atom("args"), Atom("doctest"), Atom("context")]),
    ]

    static let plain: [(String, [Atom])] = [
        ("Elixir.Task", [Atom("mfa"), Atom("owner"), Atom("pid"), Atom("ref")]),
        ("Elixir.Range", [Atom("first"), Atom("last"), Atom("step")]),
    ]
}
