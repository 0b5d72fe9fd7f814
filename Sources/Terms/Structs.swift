/// Maps and structs as terms. A struct is a map whose `:__struct__` key holds
/// the module atom (`%Task{}` has `__struct__: Task`, the atom `Elixir.Task`).
extension Term {
    /// A map of the given pairs; on a repeated key the later pair wins.
    public static func map(pairs: [(key: Term, value: Term)]) -> Term {
        .map(MapBox.fromPairs(pairs))
    }

    /// A struct of module `module` (the full atom, e.g. `Elixir.Task`) with the given fields.
    public static func makeStruct(_ module: Atom, fields: [(key: Atom, value: Term)]) -> Term {
        let pairs = [(key: Term.atom(.structKey), value: Term.atom(module))]
            + fields.map { (key: Term.atom($0.key), value: $0.value) }
        return map(pairs: pairs)
    }

    /// An exception struct of module `module` (e.g. `Elixir.RuntimeError`): the
    /// fields plus `__exception__: true`, as `raise` makes them.
    public static func makeException(_ module: Atom, fields: [(key: Atom, value: Term)]) -> Term {
        makeStruct(module, fields: [(key: Atom("__exception__"), value: .true)] + fields)
    }

    /// The struct's module atom when the term is a struct, else nil.
    public var structName: Atom? {
        guard case .map(let box) = self, case .atom(let module)? = box.get(.atom(.structKey)) else {
            return nil
        }
        return module
    }
}
