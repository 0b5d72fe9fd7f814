/// `Kernel.to_string(x)`, which every `"#{x}"` calls, becomes
/// `case x do %{__struct__: _} = v -> String.Chars.to_string(v); v -> :proctor.display_string(v) end`:
/// a struct goes through its `String.Chars` implementation, anything else converts in one builtin
/// call, without the two guest calls `Kernel.to_string/1` makes.
struct ToStringDesugaring {
    let node: SyntaxNode
    let argument: SyntaxNode

    /// The `case` expression.
    func expand() -> SyntaxNode {
        let position = node.position
        let value = SyntaxNode(.variable("to_string@value"), at: position)
        let structKey = SyntaxNode(.pair(.atom("__struct__", at: position), SyntaxNode(.variable("_"), at: position)), at: position)
        let structPattern = SyntaxNode.call("=", [.call("%{}", [structKey], at: position), value], at: position)
        let chars = SyntaxNode.remoteCall(.atom("Elixir.String.Chars", at: position), "to_string", [value], at: position)
        let builtin = SyntaxNode.remoteCall(.atom("proctor", at: position), "display_string", [value], at: position)
        let clauses = SyntaxNode(.list([arrow(structPattern, chars), arrow(value, builtin)]), at: position)
        return .call("case", [argument, .keywordList([("do", clauses, position)], at: position)], at: position)
    }

    private func arrow(_ pattern: SyntaxNode, _ body: SyntaxNode) -> SyntaxNode {
        .call("->", [SyntaxNode(.list([pattern]), at: node.position), body], at: node.position)
    }
}
