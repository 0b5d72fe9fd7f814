import Terms

/// The three kinds of raise in Elixir: `raise` (errors), `exit` and `throw`.
public enum ErrorKind: Sendable {
    case error, exit, `throw`

    /// The kind as the atom `catch kind, value` sees.
    var atom: Term {
        switch self {
        case .error: return .atom("error")
        case .exit: return .atom("exit")
        case .throw: return .atom("throw")
        }
    }

    init?(_ term: Term) {
        switch term {
        case .atom(let atom) where atom.name == "error": self = .error
        case .atom(let atom) where atom.name == "exit": self = .exit
        case .atom(let atom) where atom.name == "throw": self = .throw
        default: return nil
        }
    }
}

/// A raise travelling up the guest's frames: its kind and value (an exception struct for errors).
public struct GuestError: Error {
    /// Error, exit or throw.
    public let kind: ErrorKind
    /// The exception (for errors), the exit reason or the thrown value.
    public let value: Term
    /// The stack trace a `rescue` sees, when it is not where the raise happened (a re-raise keeps the original's).
    var stacktrace: Term?

    /// A raise of `kind` with `value`.
    public init(_ kind: ErrorKind, _ value: Term) {
        self.kind = kind
        self.value = value
    }

    /// An error raising the exception `module` with the given fields (the rest default to nil).
    static func exception(_ module: String, _ fields: [(String, Term)]) -> GuestError {
        var pairs: [(key: Atom, value: Term)] = []
        let name = Atom("Elixir." + module)
        for (key, value) in fields { pairs.append((Atom(key), value)) }
        pairs.append((Atom("__exception__"), .true))
        return GuestError(.error, Term.makeStruct(name, fields: pairs))
    }

    /// `ArgumentError` with `message`.
    static func argument(_ message: String) -> GuestError {
        exception("ArgumentError", [("message", .string(message))])
    }

    /// `ArithmeticError`, "bad argument in arithmetic expression".
    static let badArithmetic = exception("ArithmeticError", [("message", .string("bad argument in arithmetic expression"))])

    /// `RuntimeError` with `message`.
    static func runtime(_ message: String) -> GuestError {
        exception("RuntimeError", [("message", .string(message))])
    }

    /// `BadFunctionError` for calling something that is not a function.
    static func badFunction(_ term: Term) -> GuestError { exception("BadFunctionError", [("term", term)]) }

    /// `BadMapError` for map operations on something that is not a map.
    static func badMap(_ term: Term) -> GuestError { exception("BadMapError", [("term", term)]) }

    /// `KeyError` for a key missing from a map.
    static func keyError(_ key: Term, in term: Term) -> GuestError {
        exception("KeyError", [("key", key), ("term", term), ("message", .nil)])
    }

    /// `Protocol.UndefinedError` for a protocol a value does not implement.
    static func protocolUndefined(_ protocolName: String, _ value: Term, _ description: String = "") -> GuestError {
        exception("Protocol.UndefinedError", [
            ("protocol", .atom("Elixir." + protocolName)), ("value", value), ("description", .string(description)),
        ])
    }
}
