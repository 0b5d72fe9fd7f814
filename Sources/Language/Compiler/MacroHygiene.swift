import Terms

/// Hygiene as Elixir has it: a variable a macro's `quote` introduces belongs to that one
/// expansion (its context and counter) and never meets a caller's variable of the same name, nor
/// one of another expansion. proctor renames such a variable `name@Context#N`, a spelling no
/// source can write.
enum MacroHygiene {
    /// The name a variable `name` of quote context `context` gets in expansion number `expansion`.
    static func name(_ name: String, context: Atom, expansion: Int) -> String {
        let module = context.name.hasPrefix("Elixir.") ? String(context.name.dropFirst(7)) : context.name
        return "\(name)@\(module)#\(expansion)"
    }

    /// The name as the macro wrote it (`count` for `count@Counter#3`).
    static func original(_ name: String) -> String {
        name.split(separator: "@", maxSplits: 1).first.map(String.init) ?? name
    }

    /// Whether `name` was made by `name(_:context:)` (such variables are never warned about).
    static func isHygienic(_ name: String) -> Bool { name.contains("@") }
}
