import Language

/// The changes the mutation check makes to a reference solution, one node at a time: each
/// operator looks at one node of the tree and returns the trees it can make by changing it.
struct MutationOperators {
    /// The starter's functions by `name/arity`, for the placeholder operator.
    let starterFunctions: [String: SyntaxNode]
    /// The atoms the solution writes inside tuples (message tags and the like), sorted.
    let tupleAtoms: [String]
    /// The `->` clauses that are the `after` of a `receive`.
    let afterClauses: Set<SyntaxNode>
    /// Every node inside a pattern: function heads, clause heads, left sides of `=`.
    let patterns: Set<SyntaxNode>
    /// The pairs that are entries of keyword lists (`name: name`, `do: ...`), whose keys are no tags.
    let keywordPairs: Set<SyntaxNode>

    /// Every mutation of the node at `site`.
    func mutations(at site: SyntaxSite) -> [Mutation] {
        dropSend(site) + receiveChanges(site) + caseClauses(site) + spawnChanges(site) + taskChanges(site) + agentLink(site)
            + numbers(site) + durations(site) + tags(site) + keepState(site) + placeholder(site) + dropStatements(site)
    }

    private func make(_ site: SyntaxSite, _ operation: String, _ node: SyntaxNode, shown: Bool = false, at position: SourcePosition? = nil) -> Mutation {
        Mutation(
            operation: operation, position: position ?? site.node.position,
            replacement: shown ? ElixirPrinter.source(of: node) : nil, tree: site.rebuild(node))
    }

    /// `send(to, message)` becomes `message`: the message is never sent, the value stays.
    private func dropSend(_ site: SyntaxSite) -> [Mutation] {
        guard site.node.isLocalCall("send", arity: 2) || site.node.isRemoteCall("Kernel", "send", arity: 2),
            let message = site.node.arguments?.last
        else { return [] }
        return [make(site, "drop-send", message)]
    }

    /// A `receive` dropped (`nil`), emptied (it waits for nothing), without one clause, or without its `after`.
    private func receiveChanges(_ site: SyntaxSite) -> [Mutation] {
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
        if clauses.count > 1 || after != nil && clauses.count == 1 {
            for (index, clause) in clauses.enumerated() where clauses.count > 1 {
                var rest = clauses
                rest.remove(at: index)
                mutations.append(make(site, "drop-clause", receiving(rest, after: after), at: clause.position))
            }
        }
        if after != nil, !clauses.isEmpty { mutations.append(make(site, "drop-after", receiving(clauses, after: nil))) }
        return mutations
    }

    /// A `case` without one of its clauses.
    private func caseClauses(_ site: SyntaxSite) -> [Mutation] {
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

    /// `spawn(f)` and `spawn_link(f)`: the function run inline in the caller, a body that does nothing, the link dropped.
    private func spawnChanges(_ site: SyntaxSite) -> [Mutation] {
        let node = site.node
        let isSpawn = node.isLocalCall("spawn", arity: 1) || node.isLocalCall("spawn_link", arity: 1)
        let isTask = node.isRemoteCall("Task", "async", arity: 1)
        guard isSpawn || isTask, let function = node.arguments?.first else { return [] }
        let doNothing = function.with(.call(.name("fn"), [function.calling("->", [function.with(.list([])), function.with(.atom("ok"))])]))
        var mutations: [Mutation] = []
        if function != doNothing { mutations.append(make(site, "spawn-ok", node.replacingChild(at: node.children.count - 1, with: doNothing))) }
        guard isSpawn else { return mutations }
        mutations.append(make(site, "inline-spawn", node.calling("__block__", inlineCall(function) + [node.calling("self", [])])))
        if node.callName == "spawn_link" { mutations.append(make(site, "unlink", node.calling("spawn", [function]))) }
        return mutations
    }

    /// `Task.async(f)` that runs `f` in the caller and wraps its result in a task: `(result = f.(); Task.async(fn -> result end))`.
    private func taskChanges(_ site: SyntaxSite) -> [Mutation] {
        guard site.node.isRemoteCall("Task", "async", arity: 1), let function = site.node.arguments?.first else { return [] }
        var statements = inlineCall(function)
        guard let last = statements.popLast() else { return [] }
        let result = last.with(.variable("inline_result"))
        let wrapped = function.with(.call(.name("fn"), [function.calling("->", [function.with(.list([])), result])]))
        statements.append(last.calling("=", [result, last]))
        statements.append(site.node.replacingChild(at: site.node.children.count - 1, with: wrapped))
        return [make(site, "inline-task", site.node.calling("__block__", statements))]
    }

    /// `Agent.start_link(...)` becomes `Agent.start(...)`: no link to the caller.
    private func agentLink(_ site: SyntaxSite) -> [Mutation] {
        guard let callee = site.node.remoteCallee, callee.name == "start_link", callee.receiver.aliasSegments == ["Agent"],
            case .call(.expression(let dot), let arguments) = site.node.kind, let parts = dot.arguments, parts.count == 2
        else { return [] }
        let unlinked = dot.replacingChild(at: 1, with: parts[1].with(.atom("start")))
        return [make(site, "unlink", site.node.with(.call(.expression(unlinked), arguments)))]
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

    /// The statements that run a zero-argument function in place: its body, `name()`, or `f.()`.
    private func inlineCall(_ function: SyntaxNode) -> [SyntaxNode] {
        if function.callName == "fn", let clauses = function.arguments, clauses.count == 1,
            let parts = clauses[0].arguments, parts.count == 2, parts[0].listElements?.isEmpty == true
        {
            return parts[1].callName == "__block__" ? parts[1].arguments ?? [] : [parts[1]]
        }
        if function.callName == "&", let slash = function.arguments?.first, slash.callName == "/",
            let target = slash.arguments?.first, slash.arguments?.last?.kind == .integer(0)
        {
            if let name = target.variableName { return [target.calling(name, [])] }
            return [SyntaxNode(target.kind, at: target.position)]
        }
        return [function.with(.call(.expression(function.calling(".", [function])), []))]
    }

    /// An integer becomes 0, 1 and itself plus one (not the `1` of `&1` or an arity in `&name/1`).
    private func numbers(_ site: SyntaxSite) -> [Mutation] {
        guard case .integer(let value) = site.node.kind else { return [] }
        if site.parent?.callName == "&" || site.parent?.callName == "/" { return [] }
        return Set([0, 1, value + 1]).subtracting([value]).sorted().map { number in
            make(site, "number", site.node.with(.integer(number)), shown: true)
        }
    }

    /// A duration (of `Process.sleep`, an `after`, `Task.yield`/`await`) becomes a constant:
    /// `:infinity` for a number (the number operator makes the others), else 0, 1, 1000 and `:infinity`.
    private func durations(_ site: SyntaxSite) -> [Mutation] {
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

    /// An atom inside a tuple becomes each other atom the solution writes inside tuples.
    private func tags(_ site: SyntaxSite) -> [Mutation] {
        guard let name = site.node.atomName, let parent = site.parent, MutationOperators.isTupleAtom(site.node, in: parent, keywordPairs: keywordPairs)
        else { return [] }
        let others = tupleAtoms.filter { $0 != name }
        return (others.isEmpty ? ["other"] : others).map { other in
            make(site, "tag", site.node.with(.atom(other)), shown: true)
        }
    }

    /// True when `atom` is an element of the tuple `parent` (and not the key of a keyword entry).
    static func isTupleAtom(_ atom: SyntaxNode, in parent: SyntaxNode, keywordPairs: Set<SyntaxNode>) -> Bool {
        if parent.callName == "{}" { return true }
        guard case .pair(let key, _) = parent.kind else { return false }
        return !(keywordPairs.contains(parent) && key == atom)
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
