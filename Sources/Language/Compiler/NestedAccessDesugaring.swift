/// The macro forms `put_in(data.a[:b], value)` and `update_in(data.a[:b], fun)`: the path becomes
/// `Kernel.put_in(data, [Access.key!(:a), :b], value)` (fields after a dot must exist, as in Elixir).
struct NestedAccessDesugaring {
    let node: SyntaxNode
    let function: String
    let args: [SyntaxNode]

    /// The call with the path split into its root and keys, or nil (reported) when the path is not one.
    func expand(report: (String, SyntaxNode) -> Void) -> SyntaxNode {
        var keys: [SyntaxNode] = []
        guard let root = split(args[0], keys: &keys), !keys.isEmpty else {
            report("cannot use \(function)/2 without a path of field or [key] accesses", args[0])
            return SyntaxNode(.atom("nil"), at: node.position)
        }
        let keyList = SyntaxNode(.list(keys), at: node.position)
        return .remoteCall(.atom("Elixir.Kernel", at: node.position), function, [root, keyList, args[1]], at: node.position)
    }

    /// Walks `root.a[:b]` from the outside in, collecting keys innermost first; returns the root.
    private func split(_ path: SyntaxNode, keys: inout [SyntaxNode]) -> SyntaxNode? {
        guard case .call(.expression(let callee), let callArgs) = path.kind, callee.callName == ".",
            let parts = callee.arguments, parts.count == 2, let name = parts[1].atomName
        else { return keys.isEmpty ? nil : path }
        if parts[0].atomName == "Elixir.Access", name == "get", callArgs.count == 2 {
            keys.insert(callArgs[1], at: 0)
            return split(callArgs[0], keys: &keys)
        }
        guard path.noParentheses, callArgs.isEmpty, parts[0].atomName == nil else { return keys.isEmpty ? nil : path }
        let field = SyntaxNode(.atom(name), at: path.position)
        keys.insert(.remoteCall(.atom("Elixir.Access", at: path.position), "key!", [field], at: path.position), at: 0)
        return split(parts[0], keys: &keys)
    }
}
