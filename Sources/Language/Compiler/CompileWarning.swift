import Terms

/// A warning the compiler found, worded as Elixir 1.14 words it: the message, the line it
/// points at and, for code inside a function, that function (`Shapes.area/2`).
struct CompileWarning {
    let message: String
    let line: Int
    let column: Int
    let function: String?

    /// `warning: MESSAGE`, then `  file.exs:LINE: Mod.fun/1`, then a blank line, as Elixir prints it.
    func text(location: String) -> String {
        let suffix = function.map { ": " + $0 } ?? ""
        return "warning: \(message)\n  \(location)\(suffix)\n\n"
    }

    /// The message for a variable bound and never read; `shadowing` when a variable of that
    /// name was already visible where it was bound (a pin was probably meant).
    static func unusedVariable(_ name: String, shadowing: Bool) -> String {
        let advice =
            shadowing
            ? "there is a variable with the same name in the context, use the pin operator (^) to match on it or prefix this variable with underscore if it is not meant to be used"
            : "if the variable is not meant to be used, prefix it with an underscore"
        return "variable \"\(name)\" is unused (\(advice))"
    }

    /// How a warning names a named function: `Shapes.area/2`, `MyTest."test adds"/1`.
    static func functionName(_ code: FunctionCode) -> String {
        if code.name.hasPrefix("MACRO-") { return "\(Term.atom(code.module.name).inspect()).\(code.name.dropFirst(6))/\(code.arity - 1)" }
        let inspected = Term.atom(Atom(code.name)).inspect()
        let name = inspected.hasPrefix(":\"") ? String(inspected.dropFirst()) : code.name
        return "\(Term.atom(code.module.name).inspect()).\(name)/\(code.arity)"
    }
}

/// The warnings of one compilation, in the order they were found.
final class WarningLog {
    private(set) var entries: [CompileWarning] = []

    func add(_ warning: CompileWarning) { entries.append(warning) }

    /// Hands over the warnings found since the last call (those of one module, or of the script).
    func take() -> [CompileWarning] {
        defer { entries = [] }
        return entries
    }
}
