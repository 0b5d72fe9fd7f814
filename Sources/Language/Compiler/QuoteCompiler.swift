/// `quote do ... end` (with `bind_quoted:`, `unquote: false`, `context:`): compiled as the
/// expression building the quoted form (`QuoteConstruction`); `unquote_splicing` outside a quote.
extension ExpressionCompiler {
    func compileQuote(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        let options = args.flatMap { $0.keywordEntries ?? [] }
        guard !args.isEmpty, options.count == args.flatMap({ $0.listElements ?? [$0] }).count, let body = options.first(where: { $0.key == "do" })?.value else {
            compiler.report("invalid arguments for quote", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        for option in options where !["do", "bind_quoted", "unquote", "context", "location", "generated"].contains(option.key) {
            compiler.report("quote option \(option.key): is not supported by proctor", at: option.value)
        }
        let bindings = options.first { $0.key == "bind_quoted" }?.value
        let unquotes = bindings == nil && options.first { $0.key == "unquote" }?.value.atomName != "false"
        let quoteContext = options.first { $0.key == "context" }?.value
        let contextName = quoteContext.flatMap { moduleAtom($0)?.name } ?? defaultQuoteContext
        var construction = QuoteConstruction(context: contextName, unquotes: unquotes)
        if options.first(where: { $0.key == "location" })?.value.atomName == "keep" { construction.keptFile = compiler.file }
        let aliases = context
        construction.resolveAlias = { short in
            guard let full = aliases.aliases[short] else { return nil }
            aliases.usedAliases.insert(short)
            return full
        }
        var built = construction.build(body)
        if let bindings {
            guard let entries = bindings.keywordEntries else {
                compiler.report("invalid :bind_quoted for quote, expected a keyword list of variable names", at: bindings)
                pushConstant(.nil, tail: tail)
                return
            }
            built = boundQuote(entries, body: built, context: contextName, at: node.position)
        }
        compile(built, tail: tail)
    }

    /// The context of a quote's variables: the module it is written in (`Elixir` at a file's top level).
    private var defaultQuoteContext: String {
        context.isTopLevel ? "Elixir" : context.module.name.name
    }

    /// `{:__block__, [], [{:=, [], [{:name, [line: n], context}, value]}, ..., body]}`.
    private func boundQuote(_ entries: [(key: String, value: SyntaxNode)], body: SyntaxNode, context: String, at position: SourcePosition) -> SyntaxNode {
        let empty = SyntaxNode.list([], at: position)
        let line = SyntaxNode.keywordList([("line", SyntaxNode(.integer(position.line), at: position), position)], at: position)
        let assignments = entries.map { entry in
            let variable = SyntaxNode.call("{}", [.atom(entry.key, at: position), line, .atom(context, at: position)], at: position)
            return SyntaxNode.call("{}", [.atom("=", at: position), empty, .list([variable, entry.value], at: position)], at: position)
        }
        let items = SyntaxNode.list(assignments + [body], at: position)
        return .call("{}", [.atom("__block__", at: position), empty, items], at: position)
    }
}
