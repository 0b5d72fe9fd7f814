/// `=~` in a guard: Elixir refuses it at compile time ("cannot invoke remote function Kernel.=~/2
/// inside guards"), since a regex match is not a guard-safe operation.
enum GuardRegexCheck {
    /// The first `=~` call inside `guardExpression`, if any.
    static func regexMatch(in guardExpression: SyntaxNode) -> SyntaxNode? {
        var pending = [guardExpression]
        while let node = pending.popLast() {
            if node.callName == "=~", node.arguments?.count == 2 { return node }
            switch node.kind {
            case .call(let callee, let arguments):
                pending.append(contentsOf: arguments.reversed())
                if case .expression(let inner) = callee { pending.append(inner) }
            case .list(let items): pending.append(contentsOf: items.reversed())
            case .pair(let first, let second): pending.append(contentsOf: [second, first])
            default: break
            }
        }
        return nil
    }
}
