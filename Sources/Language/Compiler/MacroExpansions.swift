/// ExUnit macros that proctor rewrites into other code before compiling:
/// `catch_throw/1` (and `catch_exit/1`, `catch_error/1`) become a `try`.
/// (`match?/2` is a special form: see `MatchQueryDesugaring`.)
extension ExpressionCompiler {
    /// The code `name(args)` stands for, or nil when it is not such a macro.
    func expandMacro(_ name: String, _ args: [SyntaxNode], node: SyntaxNode) -> SyntaxNode? {
        let position = node.position
        switch name {
        case "catch_throw", "catch_exit", "catch_error":
            guard context.module.isTestCase, args.count == 1 else { return nil }
            return catchExpansion(String(name.dropFirst("catch_".count)), args[0], at: position)
        default:
            return nil
        }
    }

    /// `try do _ = expr; flunk("Expected to catch kind, got nothing") catch kind, value -> value end`.
    private func catchExpansion(_ kind: String, _ expression: SyntaxNode, at position: SourcePosition) -> SyntaxNode {
        let evaluate = SyntaxNode.call("=", [SyntaxNode(.variable("_"), at: position), expression], at: position)
        let failure = SyntaxNode.call("flunk", [SyntaxNode(.string("Expected to catch \(kind), got nothing"), at: position)], at: position)
        let caught = SyntaxNode(.variable("caught_value"), at: position)
        let handler = arrow([.atom(kind, at: position), caught], caught, at: position)
        let blocks = SyntaxNode.keywordList([
            ("do", .block([evaluate, failure], at: position), position),
            ("catch", SyntaxNode(.list([handler]), at: position), position),
        ], at: position)
        return .call("try", [blocks], at: position)
    }

    private func arrow(_ patterns: [SyntaxNode], _ body: SyntaxNode, at position: SourcePosition) -> SyntaxNode {
        .call("->", [SyntaxNode(.list(patterns), at: position), body], at: position)
    }

    private func doBlock(_ body: SyntaxNode, at position: SourcePosition) -> SyntaxNode {
        .keywordList([("do", body, position)], at: position)
    }
}
