/// Primary expressions (literals, names, containers) and what may follow them (`.`, `[...]`).
extension Parser {
    /// A primary expression and whether `.name`, `[key]` and friends may follow it.
    struct Primary {
        let node: SyntaxNode
        let acceptsPostfix: Bool
    }

    /// Parses a primary expression followed by any dot calls and bracket access.
    func parsePostfixExpression() throws(Diagnostic) -> SyntaxNode {
        try parsePostfix(try parsePrimary())
    }

    /// Applies any dot calls, bracket access and repeated calls that follow `primary`.
    /// (A spaced `[` after a bare name never gets here: it starts that name's no-parentheses argument.)
    func parsePostfix(_ primary: Primary) throws(Diagnostic) -> SyntaxNode {
        var node = primary.node
        guard primary.acceptsPostfix else { return node }
        while true {
            if isOperator(".") {
                let dotToken = advance()
                skipNewlines()
                let step = try parseAfterDot(node, dot: dotToken)
                node = step.node
                if !step.acceptsPostfix { return node }
            } else if isPunctuation("[") {
                node = try parseAccess(node)
            } else if isPunctuation("("), !current.spaceBefore, node.isCallWithParentheses {
                let arguments = try parseParenthesizedArguments()
                node = SyntaxNode(.call(.expression(node), arguments), at: node.position)
            } else {
                return node
            }
        }
    }

    /// Parses `target[key]` into `Access.get(target, key)`; `target[k: v]` looks up the keyword list `[k: v]`.
    private func parseAccess(_ target: SyntaxNode) throws(Diagnostic) -> SyntaxNode {
        let open = advance()
        let key = try withDoBlocks(true) { () throws(Diagnostic) -> SyntaxNode in
            skipNewlines()
            let key = current.isKeywordKey ? try parseKeywordList(closing: "]") : try parseExpression()
            skipNewlines()
            return key
        }
        try expectPunctuation("]")
        let access = SyntaxNode.atom("Elixir.Access", at: open.position)
        return .remoteCall(access, "get", [target, key], at: open.position)
    }

    /// Parses one primary expression.
    func parsePrimary() throws(Diagnostic) -> Primary {
        let token = current
        if let literal = try literalNode(token) {
            advance()
            return Primary(node: literal, acceptsPostfix: true)
        }
        switch token.kind {
        case .identifier(let name):
            advance()
            return try parseNamedCall(name, at: token.position)
        case .alias(let name):
            advance()
            let alias = SyntaxNode.call("__aliases__", [.atom(name, at: token.position)], at: token.position)
            return Primary(node: alias, acceptsPostfix: true)
        case .punctuation(let symbol):
            return Primary(node: try parseContainer(symbol), acceptsPostfix: true)
        case .reserved("fn"):
            return Primary(node: try parseFn(), acceptsPostfix: true)
        default:
            throw syntaxErrorBeforeCurrent()
        }
    }

    /// The node for a literal token (numbers, atoms, strings, sigils, `&1`), or nil for other tokens.
    private func literalNode(_ token: Token) throws(Diagnostic) -> SyntaxNode? {
        let position = token.position
        switch token.kind {
        case .integer(let value): return SyntaxNode(.integer(value), at: position)
        case .bigInteger(let digits): return SyntaxNode(.bigInteger(digits), at: position)
        case .float(let value): return SyntaxNode(.float(value), at: position)
        case .atom(let name): return .atom(name, at: position)
        case .captureArgument(let number): return .call("&", [SyntaxNode(.integer(number), at: position)], at: position)
        case .string(let parts): return try stringNode(parts, at: position)
        case .charlist(let parts): return try charlistNode(parts, at: position)
        case .sigil(let name, let parts, let modifiers): return try sigilNode(name, parts, modifiers, at: position)
        case .interpolatedAtom(let parts): return try interpolatedAtomNode(parts, at: position)
        default: return nil
        }
    }

    /// Parses the bracketed construct opened by `symbol`.
    private func parseContainer(_ symbol: String) throws(Diagnostic) -> SyntaxNode {
        switch symbol {
        case "(": return try parseParenthesized()
        case "[": return try parseList()
        case "{": return try parseTuple()
        case "%{": return try parseMap()
        case "%": return try parseStruct()
        case "<<": return try parseBitstring()
        default: throw syntaxErrorBeforeCurrent()
        }
    }

    /// Parses `( expr; expr )` into a block, or `(a -> b; c -> d)` into a list of clauses.
    private func parseParenthesized() throws(Diagnostic) -> SyntaxNode {
        let open = advance()
        let body = try withDoBlocks(true) { () throws(Diagnostic) -> SyntaxNode in
            try parseClausesOrBlock(at: open.position) { token in
                if case .punctuation(")") = token.kind { return true }
                return token.isEndOfFile
            }
        }
        try expectPunctuation(")")
        return body
    }
}
