import Terms

/// `String` functions whose Elixir clauses all require a binary (`when is_binary(string)`): given
/// a bitstring that is not a binary they raise `FunctionClauseError`, as Elixir does, naming the
/// function with the arity Elixir gives it (`String.upcase/2`, whose mode defaults to `:default`).
enum StringClauseGuard {
    /// The Elixir arity and default arguments of each guarded one-argument function.
    private static let guarded: [String: [Term]] = [
        "length": [], "upcase": [.atom("default")], "downcase": [.atom("default")], "capitalize": [.atom("default")],
    ]

    /// `builtin`, raising `FunctionClauseError` first when it is a guarded `String` function given a bitstring.
    static func guarding(_ builtin: Builtin) -> Builtin {
        guard builtin.name.module == Atom("Elixir.String"), builtin.name.arity == 1,
            let defaults = guarded[builtin.name.function.name]
        else { return builtin }
        let body = builtin.body
        let name = builtin.name.function
        return Builtin(name: builtin.name) { (args, context) throws(GuestError) -> Term in
            if case .binary(let box) = args[0], !box.isBinary {
                throw .exception("FunctionClauseError", [
                    ("module", .atom("Elixir.String")), ("function", .atom(name)), ("arity", .int(1 + defaults.count)),
                    ("kind", .atom("def")), ("args", .list([args[0]] + defaults)), ("clauses", .nil),
                ])
            }
            return try body(args, context)
        }
    }
}
