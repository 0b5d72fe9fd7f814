import Language

/// The operators on processes: spawns, tasks and agents, inline or doing nothing or unlinked.
extension MutationOperators {
    /// `spawn(f)` and `spawn_link(f)`: the function run inline in the caller, a body that does nothing, the link dropped.
    func spawnChanges(_ site: SyntaxSite) -> [Mutation] {
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
    func taskChanges(_ site: SyntaxSite) -> [Mutation] {
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
    func agentLink(_ site: SyntaxSite) -> [Mutation] {
        guard let callee = site.node.remoteCallee, callee.name == "start_link", callee.receiver.aliasSegments == ["Agent"],
            case .call(.expression(let dot), let arguments) = site.node.kind, let parts = dot.arguments, parts.count == 2
        else { return [] }
        let unlinked = dot.replacingChild(at: 1, with: parts[1].with(.atom("start")))
        return [make(site, "unlink", site.node.with(.call(.expression(unlinked), arguments)))]
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
}
