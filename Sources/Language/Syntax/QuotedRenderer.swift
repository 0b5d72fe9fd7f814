import Terms

/// Prints a syntax tree as Elixir prints its quoted form with metadata stripped
/// (`inspect(Macro.prewalk(q, &Macro.update_meta(&1, fn _ -> [] end)))`), for tests and debugging.
public enum QuotedRenderer {
    /// The quoted-form spelling of `node`, such as `{:+, [], [1, {:x, [], nil}]}`.
    public static func render(_ node: SyntaxNode) -> String {
        switch node.kind {
        case .integer(let value): return String(value)
        case .bigInteger(let digits): return Term.integer(literal: digits)?.inspect() ?? digits
        case .float(let value): return ErlangFloatFormat.format(value)
        case .atom(let name): return InspectSpelling.atom(name)
        case .string(let text): return InspectSpelling.string(text)
        case .list(let elements): return renderList(elements)
        case .pair(let first, let second): return "{" + render(first) + ", " + render(second) + "}"
        case .variable(let name): return "{" + InspectSpelling.atom(name) + ", [], nil}"
        case .call(let callee, let arguments): return renderCall(callee, arguments)
        }
    }

    /// A call as `{callee, [], arguments}`.
    private static func renderCall(_ callee: SyntaxNode.Callee, _ arguments: [SyntaxNode]) -> String {
        let head: String
        switch callee {
        case .name(let name): head = InspectSpelling.atom(name)
        case .expression(let expression): head = render(expression)
        }
        return "{" + head + ", [], " + renderList(arguments) + "}"
    }

    /// A list as `inspect` prints it: charlist, keyword list, or plain.
    private static func renderList(_ elements: [SyntaxNode]) -> String {
        if elements.isEmpty { return "[]" }
        if let charlist = charlistSpelling(elements) { return charlist }
        if let keywords = keywordSpelling(elements) { return keywords }
        return "[" + elements.map(render).joined(separator: ", ") + "]"
    }

    /// The `'...'` spelling when every element is a printable code point.
    private static func charlistSpelling(_ elements: [SyntaxNode]) -> String? {
        var codes: [Int] = []
        for element in elements {
            guard case .integer(let code) = element.kind else { return nil }
            codes.append(code)
        }
        return InspectSpelling.charlist(codes)
    }

    /// The `[key: value]` spelling when every element is a pair with an atom key.
    private static func keywordSpelling(_ elements: [SyntaxNode]) -> String? {
        var entries: [String] = []
        for element in elements {
            guard case .pair(let key, let value) = element.kind, let name = key.atomName,
                InspectSpelling.isKeywordKey(name)
            else { return nil }
            entries.append(InspectSpelling.keywordKey(name) + " " + render(value))
        }
        return "[" + entries.joined(separator: ", ") + "]"
    }
}
