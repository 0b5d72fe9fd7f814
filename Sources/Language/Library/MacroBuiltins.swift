import Terms

/// `Macro.to_string/1` (quoted form back to source, as Elixir formats it) and
/// `Code.string_to_quoted/1` (source to quoted form with each node's line), through the
/// compiler's own parser and printer.
enum MacroBuiltins {
    /// The builtins this file defines.
    static var all: [Builtin] {
        var macro = BuiltinModule("Elixir.Macro")
        macro.define("to_string", 1) { (args, context) throws(GuestError) -> Term in
            context.chargeElements(args[0].inspect().count / 8)
            return .string(ElixirPrinter.source(of: try syntax(of: args[0])))
        }
        var code = BuiltinModule("Elixir.Code")
        code.define("string_to_quoted", 1) { (args, context) throws(GuestError) -> Term in
            let source = try ArgumentChecks.string(args[0])
            context.chargeElements(source.utf8.count / 8)
            let parsed = ElixirParser.parse(source)
            guard let tree = parsed.tree else {
                let diagnostic = parsed.diagnostics.first
                let line = Term.list([.tuple(.atom("line"), .int(diagnostic?.position.line ?? 1))])
                return .tuple(.atom("error"), .tuple(line, .string(diagnostic?.message ?? "syntax error"), .string("")))
            }
            return .tuple(.atom("ok"), QuotedTerm.term(of: tree))
        }
        return macro.builtins + code.builtins
    }

    /// The syntax a quoted term stands for; `ArgumentError` when it is not valid quoted form.
    static func syntax(of term: Term) throws(GuestError) -> SyntaxNode {
        do {
            return try QuotedTerm.syntax(of: term, at: SourcePosition(line: 1, column: 1))
        } catch {
            throw GuestError.argument("invalid quoted expression: \(error.term.inspect())")
        }
    }
}
