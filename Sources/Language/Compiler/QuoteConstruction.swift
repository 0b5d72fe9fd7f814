/// `quote`: rewrites the quoted code into the expression that builds its quoted form at run time.
/// Literals stay literals, a variable becomes `{name, [], context}`, a call `{name, meta, args}`
/// (Kernel's functions and macros carry `context:` and `imports:` as Elixir records them),
/// `unquote(expr)` is the value of `expr` and `unquote_splicing(list)` splices a list in. An alias
/// of the quote's module carries the module it names (`alias: Foo.Bar`), a nested `quote` keeps its
/// `unquote`s for itself, and `location: :keep` gives every node `keep: {file, line}`.
struct QuoteConstruction {
    /// The module the quote is written in (`Elixir` at a script's top level), the variables' context.
    let context: String
    /// False under `bind_quoted:` or `unquote: false`: `unquote` is quoted like any call.
    let unquotes: Bool
    /// The file under `location: :keep`, else nil.
    var keptFile: String? = nil
    /// The module an alias's first segment names in the quote's module, if it is an alias there.
    var resolveAlias: (String) -> String? = { _ in nil }

    /// The expression that evaluates to `node`'s quoted form.
    func build(_ node: SyntaxNode) -> SyntaxNode {
        let at = node.position
        switch node.kind {
        case .integer, .bigInteger, .float, .atom, .string: return node
        case .list(let elements): return list(elements, at: at)
        case .pair(let first, let second): return SyntaxNode(.pair(build(first), build(second)), at: at)
        case .variable(let name): return triple(.atom(name, at: at), kept([], at: at), .atom(context, at: at), at: at)
        case .call(.name("unquote"), let args) where unquotes && args.count == 1: return args[0]
        case .call(.name("quote"), let args) where unquotes:
            let inner = QuoteConstruction(context: context, unquotes: false, keptFile: keptFile, resolveAlias: resolveAlias)
            return triple(.atom("quote", at: at), kept([("context", .atom(context, at: at))], at: at), inner.list(args, at: at), at: at)
        case .call(.name(let name), let args):
            return triple(.atom(name, at: at), meta(name, args, node: node), list(args, at: at), at: at)
        case .call(.expression(let callee), let args):
            if unquotes, callee.callName == "unquote", let inner = callee.arguments, inner.count == 1 {
                return triple(inner[0], .list([], at: at), list(args, at: at), at: at)
            }
            let meta = kept(node.noParentheses ? [("no_parens", .atom("true", at: at))] : [], at: at)
            return triple(build(callee), meta, list(args, at: at), at: at)
        }
    }

    /// The metadata `quote` gives a call by name.
    private func meta(_ name: String, _ args: [SyntaxNode], node: SyntaxNode) -> SyntaxNode {
        let at = node.position
        if name == "__aliases__" {
            let segments = node.aliasSegments ?? []
            let resolved = segments.first.flatMap(resolveAlias).map { ([$0] + segments.dropFirst()).joined(separator: ".") }
            return kept([("alias", .atom(resolved ?? "false", at: at))], at: at)
        }
        guard let arities = KernelImports.arities(of: name), arities.contains(args.count) else { return kept([], at: at) }
        let kernel = SyntaxNode.atom("Elixir.Kernel", at: at)
        let imports = arities.map { SyntaxNode(.pair(SyntaxNode(.integer($0), at: at), kernel), at: at) }
        return kept([("context", .atom(context, at: at)), ("imports", .list(imports, at: at))], at: at)
    }

    /// Metadata of `entries`, after `keep: {file, line}` under `location: :keep`.
    private func kept(_ entries: [(String, SyntaxNode)], at position: SourcePosition) -> SyntaxNode {
        guard let keptFile else { return keywords(entries, at: position) }
        let place = SyntaxNode(.pair(SyntaxNode(.string(keptFile), at: position), SyntaxNode(.integer(position.line), at: position)), at: position)
        return keywords([("keep", place)] + entries, at: position)
    }

    /// A list's quoted form, splicing in each `unquote_splicing(list)`.
    func list(_ elements: [SyntaxNode], at position: SourcePosition) -> SyntaxNode {
        var parts: [SyntaxNode] = []
        var run: [SyntaxNode] = []
        for element in elements {
            if unquotes, element.callName == "unquote_splicing", let args = element.arguments, args.count == 1 {
                if !run.isEmpty { parts.append(.list(run, at: position)) }
                run = []
                parts.append(args[0])
            } else {
                run.append(build(element))
            }
        }
        if !run.isEmpty || parts.isEmpty { parts.append(.list(run, at: position)) }
        guard let last = parts.popLast() else { return .list([], at: position) }
        return parts.reversed().reduce(last) { tail, part in .call("++", [part, tail], at: position) }
    }

    private func triple(_ first: SyntaxNode, _ second: SyntaxNode, _ third: SyntaxNode, at position: SourcePosition) -> SyntaxNode {
        .call("{}", [first, second, third], at: position)
    }

    private func keywords(_ entries: [(String, SyntaxNode)], at position: SourcePosition) -> SyntaxNode {
        .keywordList(entries.map { ($0.0, $0.1, position) }, at: position)
    }
}

extension SyntaxNode {
    /// A list literal.
    static func list(_ elements: [SyntaxNode], at position: SourcePosition) -> SyntaxNode {
        SyntaxNode(.list(elements), at: position)
    }
}
