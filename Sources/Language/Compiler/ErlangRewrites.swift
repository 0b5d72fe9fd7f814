import Terms

/// The Elixir functions the Elixir compiler rewrites to the Erlang function they stand for
/// (`Kernel.length/1` is `:erlang.length/1`, `Map.keys/1` is `:maps.keys/1`), as a capture
/// of one shows: `&length/1` inspects as `&:erlang.length/1`.
enum ErlangRewrites {
    /// The name the BEAM knows `name` by.
    static func name(for name: RemoteName) -> RemoteName {
        if name.module == kernel, let erlangName = kernelFunctions[name.function.name] {
            return RemoteName(module: Atom("erlang"), function: Atom(erlangName), arity: name.arity)
        }
        return others[Key(module: name.module.name, function: name.function.name, arity: name.arity)] ?? name
    }

    private static let kernel = Atom("Elixir.Kernel")

    /// Kernel's functions the compiler inlines as the `:erlang` function of the (other) name.
    private static let kernelFunctions: [String: String] = {
        let same = [
            "abs", "apply", "binary_part", "bit_size", "byte_size", "ceil", "div", "exit", "floor", "hd", "is_atom", "is_binary",
            "is_bitstring", "is_boolean", "is_float", "is_function", "is_integer", "is_list", "is_map", "is_number", "is_pid",
            "is_port", "is_reference", "is_tuple", "length", "make_ref", "map_size", "max", "min", "node", "not", "rem", "round",
            "self", "send", "spawn", "spawn_link", "spawn_monitor", "throw", "tl", "trunc", "tuple_size",
            "+", "-", "*", "/", "==", "<", ">", ">=", "++", "--",
        ]
        var names = Dictionary(uniqueKeysWithValues: same.map { ($0, $0) })
        for (elixir, erlang) in [("!=", "/="), ("<=", "=<"), ("===", "=:="), ("!==", "=/=")] { names[elixir] = erlang }
        return names
    }()

    private struct Key: Hashable {
        let module: String
        let function: String
        let arity: Int
    }

    /// Functions of other modules the compiler rewrites.
    private static let others: [Key: RemoteName] = {
        let rewrites: [(String, String, Int, String, String)] = [
            ("Elixir.Atom", "to_string", 1, "erlang", "atom_to_binary"),
            ("Elixir.Integer", "to_string", 1, "erlang", "integer_to_binary"),
            ("Elixir.Integer", "to_string", 2, "erlang", "integer_to_binary"),
            ("Elixir.Tuple", "to_list", 1, "erlang", "tuple_to_list"),
            ("Elixir.List", "to_tuple", 1, "erlang", "list_to_tuple"),
            ("Elixir.String", "to_integer", 1, "erlang", "binary_to_integer"),
            ("Elixir.Process", "alive?", 1, "erlang", "is_process_alive"),
            ("Elixir.Process", "exit", 2, "erlang", "exit"),
            ("Elixir.Map", "keys", 1, "maps", "keys"),
            ("Elixir.Map", "values", 1, "maps", "values"),
            ("Elixir.Map", "merge", 2, "maps", "merge"),
            ("Elixir.Map", "to_list", 1, "maps", "to_list"),
        ]
        var table: [Key: RemoteName] = [:]
        for (module, function, arity, erlangModule, erlangFunction) in rewrites {
            table[Key(module: module, function: function, arity: arity)] = RemoteName(
                module: Atom(erlangModule), function: Atom(erlangFunction), arity: arity)
        }
        return table
    }()
}
