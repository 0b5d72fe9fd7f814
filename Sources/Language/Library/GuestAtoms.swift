import Terms

/// Atoms made from text at run time (`String.to_atom/1`, `List.to_atom/1`, `:"a#{b}"`,
/// `Module.concat/2`): at most 255 characters each and at most the BEAM's 1,048,576 atoms
/// in all, past which they raise `SystemLimitError` as the BEAM does, instead of filling
/// the atom table that every runtime shares.
enum GuestAtoms {
    /// The longest atom name, in characters (code points), as in the BEAM.
    static let maximumCharacters = 255

    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        let binaryText: TextOf = { (term) throws(GuestError) -> String in try ArgumentChecks.string(term) }
        let charlistText: TextOf = { (term) throws(GuestError) -> String in try CharlistBuiltins.charlistText(term) }
        var string = BuiltinModule("Elixir.String")
        defineConversions(&string, "to_atom", "to_existing_atom", arity: 1, text: binaryText)
        var list = BuiltinModule("Elixir.List")
        defineConversions(&list, "to_atom", "to_existing_atom", arity: 1, text: charlistText)
        var erlang = BuiltinModule("erlang")
        for arity in 1...2 { defineConversions(&erlang, "binary_to_atom", "binary_to_existing_atom", arity: arity, text: binaryText) }
        defineConversions(&erlang, "list_to_atom", "list_to_existing_atom", arity: 1, text: charlistText)
        return string.builtins + list.builtins + erlang.builtins
    }

    /// Reads the text of an atom-to-be from the first argument.
    private typealias TextOf = @Sendable (Term) throws(GuestError) -> String

    /// Defines the pair `making` (a new atom allowed) and `finding` (existing atoms only).
    private static func defineConversions(_ module: inout BuiltinModule, _ making: String, _ finding: String, arity: Int, text: @escaping TextOf) {
        module.define(making, arity) { (args, _) throws(GuestError) -> Term in try atom(try text(args[0])) }
        module.define(finding, arity) { (args, _) throws(GuestError) -> Term in try existing(try text(args[0])) }
    }

    /// The atom named `text`, interning it; `SystemLimitError` when the name is too long
    /// or the atom table is full.
    static func atom(_ text: String) throws(GuestError) -> Term {
        guard text.unicodeScalars.count <= maximumCharacters else { throw systemLimit }
        guard let atom = Atom.guest(text) else { throw tableFull }
        return .atom(atom)
    }

    /// The atom named `text` if it exists already, else `ArgumentError` as the BEAM raises it.
    static func existing(_ text: String) throws(GuestError) -> Term {
        guard let atom = Atom.existing(text) else { throw ArgumentChecks.badArgument(1, "not an already existing atom") }
        return .atom(atom)
    }

    private static let systemLimit = GuestError.exception(
        "SystemLimitError", [("message", .string("a system limit has been reached"))])

    /// Where the BEAM would stop the whole node, proctor raises and says why.
    private static let tableFull = GuestError.exception(
        "SystemLimitError", [("message", .string(
            "a system limit has been reached: the atom table is full (1048576 atoms); atoms are never freed, so make them only from a fixed set of names"))])
}
