import Terms

/// Protocol dispatch: which module implements a protocol for a value. A protocol `P` built by
/// `defprotocol` calls these; the implementation for a struct `S` is the module `P.S`, for a
/// built-in type the module `P.Integer`, `P.List`, ..., and `P.Any` when the protocol falls back
/// to it (`@fallback_to_any true`) or the struct derives it (`@derive P`).
enum ProtocolBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("protocol_impl_for", 3) { (args, context) throws(GuestError) -> Term in
            implementation(args, context.machine.program).map(Term.atom) ?? .nil
        }
        helpers.define("protocol_impl", 3) { (args, context) throws(GuestError) -> Term in
            guard let module = implementation(args, context.machine.program) else {
                throw .protocolUndefined(protocolName(args[0]), args[1])
            }
            return .atom(module)
        }
        return helpers.builtins
    }

    /// The protocol whose derived implementations are modules of their own (`Inspect.Point`), as
    /// Elixir's `Inspect.Any` makes them; other derived protocols answer `P.Any`.
    private static let derivedInPlace = "Elixir.Inspect"

    /// The module implementing protocol `args[0]` for `args[1]`, falling back to `Any` when
    /// `args[2]` is true; nil when there is none.
    private static func implementation(_ args: Arguments, _ program: Program) -> Atom? {
        guard case .atom(let protocolAtom) = args[0] else { return nil }
        let value = args[1]
        let fallback = args[2] == .true
        let anyModule = Atom(protocolAtom.name + ".Any")
        if let structModule = value.structName {
            let target = Atom(protocolAtom.name + "." + aliasName(structModule))
            if let module = program.module(target) {
                let derived = module.exported(Atom("__derived__"), arity: 0) != nil
                return derived && protocolAtom.name != derivedInPlace ? anyModule : target
            }
        } else if program.module(Atom(protocolAtom.name + "." + typeName(value))) != nil {
            return Atom(protocolAtom.name + "." + typeName(value))
        }
        return fallback && program.module(anyModule) != nil ? anyModule : nil
    }

    /// `Elixir.Foo.Bar` as `Foo.Bar`; an Erlang module name as it is.
    private static func aliasName(_ module: Atom) -> String {
        module.name.hasPrefix("Elixir.") ? String(module.name.dropFirst("Elixir.".count)) : module.name
    }

    /// The protocol's name as `GuestError.protocolUndefined` wants it (`Size`, `String.Chars`).
    private static func protocolName(_ term: Term) -> String {
        guard case .atom(let atom) = term else { return term.inspect() }
        return aliasName(atom)
    }

    /// The built-in type whose implementation a value uses (`Integer`, `BitString`, `PID`, ...).
    static func typeName(_ value: Term) -> String {
        switch value {
        case .int, .bigInt: return "Integer"
        case .float: return "Float"
        case .atom: return "Atom"
        case .binary: return "BitString"
        case .emptyList, .cons: return "List"
        case .tuple: return "Tuple"
        case .map: return "Map"
        case .pid: return "PID"
        case .ref: return "Reference"
        case .fun: return "Function"
        }
    }
}
