import Terms

/// The Erlang functions some Elixir builtins are in real Elixir: an error they raise
/// shows the Erlang call in the stack trace (`:erlang.binary_to_integer("x")`).
enum ErlangNames {
    private static let bifs: [RemoteName: RemoteName] = [
        name("Elixir.String", "to_integer", 1): name("erlang", "binary_to_integer", 1),
        name("Elixir.String", "to_float", 1): name("erlang", "binary_to_float", 1),
        name("Elixir.String", "to_atom", 1): name("erlang", "binary_to_atom", 2),
        name("Elixir.String", "to_existing_atom", 1): name("erlang", "binary_to_existing_atom", 2),
        name("Elixir.List", "to_atom", 1): name("erlang", "list_to_atom", 1),
        name("Elixir.List", "to_existing_atom", 1): name("erlang", "list_to_existing_atom", 1),
        name("Elixir.IO", "iodata_to_binary", 1): name("erlang", "iolist_to_binary", 1),
        name("Elixir.Kernel", "hd", 1): name("erlang", "hd", 1),
        name("Elixir.Kernel", "tl", 1): name("erlang", "tl", 1),
        name("Elixir.Kernel", "length", 1): name("erlang", "length", 1),
        name("Elixir.Kernel", "send", 2): name("erlang", "send", 2),
        name("Elixir.Kernel", "div", 2): name("erlang", "div", 2),
        name("Elixir.Kernel", "rem", 2): name("erlang", "rem", 2),
        name("Elixir.Kernel", "+", 2): name("erlang", "+", 2),
        name("Elixir.Kernel", "-", 2): name("erlang", "-", 2),
        name("Elixir.Kernel", "*", 2): name("erlang", "*", 2),
        name("Elixir.Kernel", "/", 2): name("erlang", "/", 2),
        name("Elixir.Kernel", "-", 1): name("erlang", "-", 1),
        name("Elixir.Kernel", "+", 1): name("erlang", "+", 1),
        name("erlang", "float_to_binary", 2): name("erlang", "float_to_binary", 2),
        name("erlang", "float_to_list", 2): name("erlang", "float_to_list", 2),
    ]

    /// Builtins whose Erlang function takes the arguments in another order or form:
    /// `Map.fetch!(map, key)` is `:erlang.map_get(key, map)`, `elem(tuple, 0)` is `:erlang.element(1, tuple)`.
    private static let reshaped: [RemoteName: RemoteName] = [
        name("Elixir.Map", "fetch!", 2): name("erlang", "map_get", 2),
        name("Elixir.Kernel", "elem", 2): name("erlang", "element", 2),
    ]

    /// Whether compiled code does the builtin `name` with a float instruction (`/`), which fails
    /// with no frame of its own, where other operators fail in a BIF that the stack trace shows.
    static func isFloatInstruction(_ name: RemoteName) -> Bool { name == self.name("Elixir.Kernel", "/", 2) }

    /// Erlang modules whose every builtin is a BIF of the BEAM, shown as the failed call.
    private static let bifModules: Set<Atom> = [Atom("ets")]

    /// The Erlang function behind the builtin `name`, if it is one.
    static func bif(for name: RemoteName) -> RemoteName? {
        bifModules.contains(name.module) ? name : bifs[name] ?? reshaped[name]
    }

    /// `(stdlib 4.2) ` before a failed call of a module of OTP's `stdlib`, as Elixir names the
    /// application of a frame (`:erlang`'s own BIFs have none).
    static func applicationPrefix(ofModule module: String) -> String {
        module == ":ets" ? "(stdlib 4.2) " : ""
    }

    /// The arguments the Erlang function behind `name` was given, from the builtin's `arguments`.
    static func erlangArguments(for name: RemoteName, _ arguments: [Term]) -> [Term] {
        guard reshaped[name] != nil, arguments.count == 2 else { return arguments }
        if name.function.name == "elem", case .int(let index) = arguments[1] { return [.int(index + 1), arguments[0]] }
        return [arguments[1], arguments[0]]
    }

    private static func name(_ module: String, _ function: String, _ arity: Int) -> RemoteName {
        RemoteName(module: Atom(module), function: Atom(function), arity: arity)
    }
}
