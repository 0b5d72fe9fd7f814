/// Small constructors for the quoted-form shapes the parser produces.
extension SyntaxNode {
    /// A call by name: `{name, meta, arguments}`.
    static func call(_ name: String, _ arguments: [SyntaxNode], at position: SourcePosition) -> SyntaxNode {
        SyntaxNode(.call(.name(name), arguments), at: position)
    }

    /// An atom literal.
    static func atom(_ name: String, at position: SourcePosition) -> SyntaxNode {
        SyntaxNode(.atom(name), at: position)
    }

    /// The dot node `{:., meta, parts}` used as the callee of remote and anonymous calls.
    static func dot(_ parts: [SyntaxNode], at position: SourcePosition) -> SyntaxNode {
        call(".", parts, at: position)
    }

    /// A remote call `receiver.name(arguments)`: the call sits at the name, its dot node at the dot.
    static func remoteCall(
        _ receiver: SyntaxNode, _ name: String, _ arguments: [SyntaxNode], at position: SourcePosition,
        dotAt dotPosition: SourcePosition? = nil, noParentheses: Bool = false
    ) -> SyntaxNode {
        let callee = dot([receiver, atom(name, at: position)], at: dotPosition ?? position)
        return SyntaxNode(.call(.expression(callee), arguments), at: position, noParentheses: noParentheses)
    }

    /// `Kernel.to_string(expression)` wrapped as the binary segment of an interpolation starting at `position`.
    static func interpolationSegment(_ expression: SyntaxNode, at position: SourcePosition) -> SyntaxNode {
        let kernel = atom("Elixir.Kernel", at: position)
        let converted = remoteCall(kernel, "to_string", [expression], at: position)
        return call("::", [converted, SyntaxNode(.variable("binary"), at: position)], at: position)
    }

    /// A block from a sequence of expressions, as Elixir's parser builds it.
    static func block(_ expressions: [SyntaxNode], at position: SourcePosition) -> SyntaxNode {
        guard expressions.count == 1, let only = expressions.first else {
            return call("__block__", expressions, at: expressions.first?.position ?? position)
        }
        if let name = only.callName, name == "not" || name == "!", only.arguments?.count == 1 {
            return call("__block__", expressions, at: only.position)
        }
        return only
    }

    /// A keyword list from `(key, value)` entries.
    static func keywordList(_ entries: [(String, SyntaxNode, SourcePosition)], at position: SourcePosition)
        -> SyntaxNode
    {
        let pairs = entries.map { key, value, keyPosition in
            SyntaxNode(.pair(atom(key, at: keyPosition), value), at: keyPosition)
        }
        return SyntaxNode(.list(pairs), at: position)
    }
}
