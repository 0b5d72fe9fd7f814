import Language

/// The changes the mutation check makes to a reference solution, one node at a time: each
/// operator looks at one node of the tree and returns the trees it can make by changing it.
struct MutationOperators {
    /// The starter's functions by `name/arity`, for the placeholder operator.
    let starterFunctions: [String: SyntaxNode]
    /// The atom nodes that tag messages and results: in tuples, sent alone, or a clause's whole pattern.
    let tagNodes: Set<SyntaxNode>
    /// Their names, sorted.
    let tagNames: [String]
    /// The `->` clauses that are the `after` of a `receive`.
    let afterClauses: Set<SyntaxNode>
    /// Every node inside a pattern: function heads, clause heads, left sides of `=`.
    let patterns: Set<SyntaxNode>

    /// Every mutation of the node at `site`.
    func mutations(at site: SyntaxSite) -> [Mutation] {
        dropSend(site) + receiveChanges(site) + caseClauses(site) + spawnChanges(site) + taskChanges(site) + agentLink(site)
            + numbers(site) + durations(site) + tags(site) + keepState(site) + placeholder(site) + dropStatements(site)
    }

    func make(_ site: SyntaxSite, _ operation: String, _ node: SyntaxNode, shown: Bool = false, at position: SourcePosition? = nil) -> Mutation {
        Mutation(
            operation: operation, position: position ?? site.node.position,
            replacement: shown ? ElixirPrinter.source(of: node) : nil, tree: site.rebuild(node))
    }

    /// An integer becomes 0, 1 and itself plus one (not the `1` of `&1` or an arity in `&name/1`).
    private func numbers(_ site: SyntaxSite) -> [Mutation] {
        guard case .integer(let value) = site.node.kind else { return [] }
        if site.parent?.callName == "&" || site.parent?.callName == "/" { return [] }
        return Set([0, 1, value + 1]).subtracting([value]).sorted().map { number in
            make(site, "number", site.node.with(.integer(number)), shown: true)
        }
    }

    /// A message tag (an atom in a tuple, an atom sent or matched alone) becomes each other tag of the solution.
    private func tags(_ site: SyntaxSite) -> [Mutation] {
        guard tagNodes.contains(site.node), let name = site.node.atomName else { return [] }
        let others = tagNames.filter { $0 != name }
        return (others.isEmpty ? ["other"] : others).map { other in
            make(site, "tag", site.node.with(.atom(other)), shown: true)
        }
    }

    /// A new state that forgets the change: `Map.put(map, k, v)` (and `delete`, `update`) becomes `map`,
    /// `[item | items]` becomes `items` (not in a pattern, where `item` would go unbound).
    private func keepState(_ site: SyntaxSite) -> [Mutation] {
        let node = site.node
        let changes = [("put", 3), ("delete", 2), ("update", 4), ("update!", 3), ("merge", 2)]
        if changes.contains(where: { node.isRemoteCall("Map", $0.0, arity: $0.1) }), let map = node.arguments?.first {
            return [make(site, "keep-state", map)]
        }
        if !patterns.contains(node), let elements = node.listElements, elements.count == 1, elements[0].callName == "|", let tail = elements[0].arguments?.last {
            return [make(site, "keep-state", tail)]
        }
        return []
    }

    /// A function of the solution replaced by the starter's version, which returns its placeholder.
    private func placeholder(_ site: SyntaxSite) -> [Mutation] {
        guard let key = MutationOperators.functionKey(site.node), let starter = starterFunctions[key],
            ElixirPrinter.source(of: starter) != ElixirPrinter.source(of: site.node)
        else { return [] }
        return [make(site, "placeholder", starter)]
    }

    /// `name/arity` of a `def` or `defp` node.
    static func functionKey(_ node: SyntaxNode) -> String? {
        guard node.callName == "def" || node.callName == "defp", var head = node.arguments?.first else { return nil }
        if head.callName == "when", let inner = head.arguments?.first { head = inner }
        if let name = head.variableName { return name + "/0" }
        guard let name = head.callName else { return nil }
        return name + "/" + String(head.arguments?.count ?? 0)
    }

    /// A statement of a block that is neither its last, a match, a `send` nor a definition, dropped.
    private func dropStatements(_ site: SyntaxSite) -> [Mutation] {
        guard site.node.callName == "__block__", let statements = site.node.arguments, statements.count > 1 else { return [] }
        let kept: Set<String> = ["=", "send", "def", "defp", "defmodule", "@", "use", "import", "alias", "require"]
        return statements.indices.dropLast().compactMap { index in
            guard let name = statements[index].callName ?? statements[index].remoteCallee?.name, !kept.contains(name) else { return nil }
            var rest = statements
            rest.remove(at: index)
            let block = rest.count == 1 ? rest[0] : site.node.calling("__block__", rest)
            return make(site, "drop-statement", block, at: statements[index].position)
        }
    }
}
