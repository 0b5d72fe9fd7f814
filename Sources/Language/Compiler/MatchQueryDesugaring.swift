/// `match?(pattern, expr)` becomes `case expr do pattern -> true; _ -> false end`.
struct MatchQueryDesugaring {
    let node: SyntaxNode
    let args: [SyntaxNode]

    /// The `case` expression that answers whether `expr` matches `pattern` (its guard included).
    func expand() -> SyntaxNode {
        let matched = arrow(args[0], SyntaxNode(.atom("true"), at: node.position))
        let other = arrow(SyntaxNode(.variable("_"), at: node.position), SyntaxNode(.atom("false"), at: node.position))
        let clauses = SyntaxNode(.list([matched, other]), at: node.position)
        let options = SyntaxNode(.list([SyntaxNode(.pair(SyntaxNode(.atom("do"), at: node.position), clauses), at: node.position)]), at: node.position)
        return SyntaxNode(.call(.name("case"), [args[1], options]), at: node.position)
    }

    private func arrow(_ pattern: SyntaxNode, _ body: SyntaxNode) -> SyntaxNode {
        SyntaxNode(.call(.name("->"), [SyntaxNode(.list([pattern]), at: node.position), body]), at: node.position)
    }
}
