import Terms

/// Charlists and atoms: `to_charlist`, `List.to_string`, `Atom.to_string`, `Module.concat`.
enum CharlistBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var list = BuiltinModule("Elixir.List")
        list.define("to_string", 1) { (args, _) throws(GuestError) -> Term in .binary(BinaryBox(try TextOperations.displayBytes(args[0]))) }
        list.define("to_integer", 1) { (args, _) throws(GuestError) -> Term in
            try StringConversionBuiltins.integer(try charlistText(args[0]), radix: 10)
        }
        list.define("to_integer", 2) { (args, _) throws(GuestError) -> Term in
            try StringConversionBuiltins.integer(try charlistText(args[0]), radix: try ArgumentChecks.integer(args[1], position: 2))
        }
        var atom = BuiltinModule("Elixir.Atom")
        atom.define("to_string", 1) { (args, _) throws(GuestError) -> Term in .string(try ArgumentChecks.atom(args[0]).name) }
        atom.define("to_charlist", 1) { (args, _) throws(GuestError) -> Term in codepoints(try ArgumentChecks.atom(args[0]).name) }
        var kernel = BuiltinModule("Elixir.Kernel")
        kernel.define("to_charlist", 1) { (args, _) throws(GuestError) -> Term in codepoints(try TextOperations.displayString(args[0])) }
        var chars = BuiltinModule("proctor")
        chars.define("display_string", 1) { (args, _) throws(GuestError) -> Term in
            if case .binary(let box) = args[0], box.isBinary { return args[0] }
            return .binary(BinaryBox(try TextOperations.displayBytes(args[0])))
        }
        var binary = BuiltinModule("binary")
        binary.define("bin_to_list", 1) { (args, _) throws(GuestError) -> Term in .list(try ArgumentChecks.binary(args[0]).map { .int(Int($0)) }) }
        return list.builtins + atom.builtins + kernel.builtins + chars.builtins + binary.builtins
    }

    /// The code points of `text` as a charlist.
    static func codepoints(_ text: String) -> Term {
        .list(text.unicodeScalars.map { .int(Int($0.value)) })
    }

    /// The text a charlist (or any chardata) spells, raising ArgumentError for others.
    static func charlistText(_ term: Term) throws(GuestError) -> String {
        guard term.properListElements != nil else { throw ArgumentChecks.badArgument(1, "not a list") }
        return try TextOperations.displayString(term)
    }
}

/// `Module.concat`: joining alias segments into one module atom.
enum ModuleNaming {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var module = BuiltinModule("Elixir.Module")
        module.define("concat", 1) { (args, _) throws(GuestError) -> Term in try concat(try ArgumentChecks.list(args[0])) }
        module.define("concat", 2) { (args, _) throws(GuestError) -> Term in try concat([args[0], args[1]]) }
        return module.builtins
    }

    private static func concat(_ parts: [Term]) throws(GuestError) -> Term {
        var segments: [String] = []
        for part in parts where part != .nil {
            var text = try TextOperations.displayString(part)
            if text.hasPrefix("Elixir.") { text.removeFirst("Elixir.".count) }
            segments.append(text)
        }
        return try GuestAtoms.atom((["Elixir"] + segments).joined(separator: "."))
    }
}
