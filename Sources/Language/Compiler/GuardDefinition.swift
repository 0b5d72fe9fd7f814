/// `defguard is_even(n) when is_integer(n) and rem(n, 2) == 0` is compiled as the function
/// `def is_even(n), do: is_integer(n) and rem(n, 2) == 0`, callable from guards and bodies alike
/// (a guard that raises fails, as an expanded guard would).
enum GuardDefinition {
    /// The `def` (or `defp` for `defguardp`) standing for the guard, or nil when the form is not `head when condition`.
    static func asFunction(_ item: SyntaxNode) -> SyntaxNode? {
        guard let name = item.callName, let head = item.arguments?.first, head.callName == "when",
            let parts = head.arguments, parts.count == 2
        else { return nil }
        let position = item.position
        let body = SyntaxNode.keywordList([("do", parts[1], position)], at: position)
        return .call(name == "defguardp" ? "defp" : "def", [parts[0], body], at: position)
    }
}
