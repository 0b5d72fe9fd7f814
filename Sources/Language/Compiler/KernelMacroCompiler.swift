/// Kernel macros that are not functions because an argument is a pattern: `match?/2`.
extension ExpressionCompiler {
    /// Compiles `match?(pattern, expression)` as `case expression do pattern -> true; _ -> false end`.
    func compileMatchQuestion(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        let position = node.position
        let matched = SyntaxNode(.call(.name("->"), [SyntaxNode(.list([args[0]]), at: position), SyntaxNode(.atom("true"), at: position)]), at: position)
        let other = SyntaxNode(.call(.name("->"), [SyntaxNode(.list([SyntaxNode(.variable("_"), at: position)]), at: position), SyntaxNode(.atom("false"), at: position)]), at: position)
        let clauses = SyntaxNode(.list([matched, other]), at: position)
        let block = SyntaxNode(.list([SyntaxNode(.pair(SyntaxNode(.atom("do"), at: position), clauses), at: position)]), at: position)
        compileCase([args[1], block], node: node, tail: tail)
    }
}
