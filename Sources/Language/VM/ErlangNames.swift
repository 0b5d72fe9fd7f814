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
    ]

    /// The Erlang function behind the builtin `name`, if it is one.
    static func bif(for name: RemoteName) -> RemoteName? { bifs[name] }

    private static func name(_ module: String, _ function: String, _ arity: Int) -> RemoteName {
        RemoteName(module: Atom(module), function: Atom(function), arity: arity)
    }
}
