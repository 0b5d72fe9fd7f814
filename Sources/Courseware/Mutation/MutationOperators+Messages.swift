import Language

/// The operators on messages: sends, receives and their clauses and timeouts, `case` clauses, durations.
extension MutationOperators {
    /// `send(to, message)` becomes `message`: the message is never sent, the value stays.
    func dropSend(_ site: SyntaxSite) -> [Mutation] {
        guard site.node.isLocalCall("send", arity: 2) || site.node.isRemoteCall("Kernel", "send", arity: 2),
            let message = site.node.arguments?.last
        else { return [] }
        return [make(site, "drop-send", message)]
    }

    /// A `receive` dropped (`nil`), emptied (it waits for nothing), without one clause, or without its `after`.
    func receiveChanges(_ site: SyntaxSite) -> [Mutation] {
        guard site.node.isLocalCall("receive", arity: 1), let blocks = site.node.arguments?.first?.keywordEntries else { return [] }
        let clauses = blocks.first { $0.key == "do" }?.value.listElements ?? []
        let after = blocks.first { $0.key == "after" }?.value
        func receiving(_ clauses: [SyntaxNode], after: SyntaxNode?) -> SyntaxNode {
            let empty = site.node.calling("__block__", [])
            var entries = [site.node.with(.pair(site.node.with(.atom("do")), clauses.isEmpty ? empty : site.node.with(.list(clauses))))]
            if let after { entries.append(site.node.with(.pair(site.node.with(.atom("after")), after))) }
            return site.node.calling("receive", [site.node.with(.list(entries))])
        }
        var mutations = [make(site, "drop-receive", site.node.with(.atom("nil")))]
        if !clauses.isEmpty { mutations.append(make(site, "empty-receive", receiving([], after: after))) }
        for (index, clause) in clauses.enumerated() where clauses.count > 1 {
            var rest = clauses
            rest.remove(at: index)
            mutations.append(make(site, "drop-clause", receiving(rest, after: after), at: clause.position))
        }
        if after != nil, !clauses.isEmpty { mutations.append(make(site, "drop-after", receiving(clauses, after: nil))) }
        return mutations
    }

    /// A `case` without one of its clauses.
    func caseClauses(_ site: SyntaxSite) -> [Mutation] {
        guard site.node.isLocalCall("case", arity: 2), let subject = site.node.arguments?.first,
            let clauses = site.node.arguments?.last?.keywordEntries?.first(where: { $0.key == "do" })?.value.listElements,
            clauses.count > 1
        else { return [] }
        return clauses.indices.map { index in
            var rest = clauses
            rest.remove(at: index)
            let blocks = site.node.with(.list([site.node.with(.pair(site.node.with(.atom("do")), site.node.with(.list(rest))))]))
            return make(site, "drop-clause", site.node.calling("case", [subject, blocks]), at: clauses[index].position)
        }
    }

    /// A duration (of `Process.sleep`, an `after`, `Task.yield`/`await`) becomes a constant:
    /// `:infinity` for a number (the number operator makes the others), else 0, 1, 1000 and `:infinity`.
    func durations(_ site: SyntaxSite) -> [Mutation] {
        guard let duration = durationArgument(of: site.node) else { return [] }
        let constants: [SyntaxNode.Kind]
        if case .integer = duration.node.kind {
            constants = [.atom("infinity")]
        } else {
            constants = [.integer(0), .integer(1), .integer(1000), .atom("infinity")].filter { $0 != duration.node.kind }
        }
        return constants.map { constant in
            let value = duration.node.with(constant)
            return Mutation(
                operation: "duration", position: duration.node.position, replacement: ElixirPrinter.source(of: value),
                tree: site.rebuild(duration.placing(value)))
        }
    }

    /// The duration argument of a call that waits or of an `after` clause, and how to put another in its place.
    private func durationArgument(of node: SyntaxNode) -> (node: SyntaxNode, placing: (SyntaxNode) -> SyntaxNode)? {
        let children = node.children
        if node.isRemoteCall("Process", "sleep", arity: 1) || node.isRemoteCall("Task", "yield", arity: 2)
            || node.isRemoteCall("Task", "await", arity: 2), let last = children.last
        {
            return (last, { node.replacingChild(at: children.count - 1, with: $0) })
        }
        if afterClauses.contains(node), let patterns = children.first?.listElements, patterns.count == 1 {
            return (patterns[0], { node.replacingChild(at: 0, with: node.with(.list([$0]))) })
        }
        return nil
    }
}
