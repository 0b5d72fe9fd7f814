/// Prints a syntax tree back as Elixir source that parses to the same tree (metadata aside),
/// as `Macro.to_string/1` does: do-blocks and clauses on their own lines, two spaces a level,
/// operands in parentheses where binding power needs them. Used to run and show program
/// variants built from a tree (the mutation check of `dev check`).
public enum ElixirPrinter {
    /// The source of `node`, ending without a newline.
    public static func source(of node: SyntaxNode) -> String {
        body(node, indent: 0)
    }

    /// A body: each expression of a `__block__` on its own line, at `indent`.
    static func body(_ node: SyntaxNode, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        if node.callName == "__block__", let statements = node.arguments {
            return statements.map { pad + expression($0, indent: indent) }.joined(separator: "\n")
        }
        return pad + expression(node, indent: indent)
    }

    /// One expression whose first line starts at column `indent` (later lines carry their own indentation).
    static func expression(_ node: SyntaxNode, indent: Int) -> String {
        switch node.kind {
        case .integer(let value): return String(value)
        case .bigInteger(let digits): return digits
        case .float(let value): return ErlangFloatFormat.format(value)
        case .atom(let name): return name.hasPrefix("Elixir.") ? ":" + InspectSpelling.quoted(name, delimiter: "\"") : InspectSpelling.atom(name)
        case .string(let text): return InspectSpelling.quoted(text, delimiter: "\"")
        case .variable(let name): return name
        case .list(let elements): return list(elements, indent: indent)
        case .pair(let first, let second): return "{" + arguments([first, second], indent: indent) + "}"
        case .call(let callee, let arguments): return call(callee, arguments, node: node, indent: indent)
        }
    }

    /// Expressions separated by commas.
    static func arguments(_ nodes: [SyntaxNode], indent: Int) -> String {
        nodes.map { expression($0, indent: indent) }.joined(separator: ", ")
    }

    /// A list literal, keyword lists as `[key: value]`.
    private static func list(_ elements: [SyntaxNode], indent: Int) -> String {
        "[" + keywordsOrArguments(elements, indent: indent) + "]"
    }

    /// `key: value, ...` when every element is a pair with an atom key, else plain arguments.
    static func keywordsOrArguments(_ elements: [SyntaxNode], indent: Int) -> String {
        guard let entries = SyntaxNode(.list(elements), at: SourcePosition(line: 0, column: 0)).keywordEntries,
            entries.allSatisfy({ InspectSpelling.isKeywordKey($0.key) })
        else { return arguments(elements, indent: indent) }
        return entries.map { InspectSpelling.keywordKey($0.key) + " " + expression($0.value, indent: indent) }
            .joined(separator: ", ")
    }

    /// A call: a special form, an operator, a do-block call, a remote or a local call.
    private static func call(_ callee: SyntaxNode.Callee, _ arguments: [SyntaxNode], node: SyntaxNode, indent: Int) -> String {
        switch callee {
        case .expression(let target):
            return calledExpression(target, arguments, noParentheses: node.noParentheses, indent: indent)
        case .name(let name):
            if let special = specialForm(name, arguments, indent: indent) { return special }
            if let doBlock = doBlockCall(name, arguments, indent: indent) { return doBlock }
            if let operation = operatorCall(name, arguments, indent: indent) { return operation }
            return name + "(" + self.arguments(arguments, indent: indent) + ")"
        }
    }

    /// `receiver.name(args)`, `fun.(args)`, `receiver.field` or `Alias.{A, B}`.
    private static func calledExpression(_ target: SyntaxNode, _ arguments: [SyntaxNode], noParentheses: Bool, indent: Int) -> String {
        let parts = target.callName == "." ? target.arguments ?? [] : []
        let openArguments = "(" + self.arguments(arguments, indent: indent) + ")"
        if parts.count == 1 { return receiver(parts[0], indent: indent) + "." + openArguments }
        guard parts.count == 2, let name = parts[1].atomName else {
            return "(" + expression(target, indent: indent) + ")" + openArguments
        }
        if name == "{}" { return receiver(parts[0], indent: indent) + ".{" + self.arguments(arguments, indent: indent) + "}" }
        if parts[0].atomName == "Elixir.Access", name == "get", arguments.count == 2 {
            return receiver(arguments[0], indent: indent) + "[" + expression(arguments[1], indent: indent) + "]"
        }
        let field = receiver(parts[0], indent: indent) + "." + InspectSpelling.atom(name).dropFirst()
        return noParentheses && arguments.isEmpty ? field : field + openArguments
    }

    /// The left of `.`: a name, literal or call as is, an operator expression in parentheses.
    private static func receiver(_ node: SyntaxNode, indent: Int) -> String {
        let text = expression(node, indent: indent)
        guard let name = node.callName, operatorCall(name, node.arguments ?? [], indent: indent) != nil || name == "&" else { return text }
        return "(" + text + ")"
    }
}
