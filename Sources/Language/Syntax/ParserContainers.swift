/// Lists, tuples, maps, structs, bitstrings and keyword lists.
extension Parser {
    /// Parses `[a, b | t]` or `[a, key: value]` (keywords become pairs in the list).
    func parseList() throws(Diagnostic) -> SyntaxNode {
        let position = current.position
        let elements = try parseSequence(closing: "]", keywordsAsOneElement: false)
        return SyntaxNode(.list(elements), at: position)
    }

    /// Parses `{a, b}` (a literal pair) or any other tuple (`{:{}, meta, elements}`).
    func parseTuple() throws(Diagnostic) -> SyntaxNode {
        let position = current.position
        let elements = try parseSequence(closing: "}", keywordsAsOneElement: true)
        if elements.count == 2 {
            return SyntaxNode(.pair(elements[0], elements[1]), at: position)
        }
        return .call("{}", elements, at: position)
    }

    /// Parses `<<a, b::8>>`.
    func parseBitstring() throws(Diagnostic) -> SyntaxNode {
        let position = current.position
        return .call("<<>>", try parseSequence(closing: ">>", keywordsAsOneElement: true), at: position)
    }

    /// Parses comma-separated elements from the opening bracket (current) to `closing`; a trailing comma is allowed.
    func parseSequence(closing: String, keywordsAsOneElement: Bool) throws(Diagnostic) -> [SyntaxNode] {
        advance()
        return try withDoBlocks(true) { () throws(Diagnostic) -> [SyntaxNode] in
            var elements: [SyntaxNode] = []
            while true {
                skipNewlines()
                if isPunctuation(closing) { break }
                if current.isKeywordKey {
                    let keywords = try parseKeywordList(closing: closing)
                    if keywordsAsOneElement {
                        elements.append(keywords)
                    } else if case .list(let pairs) = keywords.kind {
                        elements += pairs
                    }
                    skipNewlines()
                    break
                }
                elements.append(try parseExpression())
                skipNewlines()
                guard isPunctuation(",") else { break }
                advance()
            }
            try expectPunctuation(closing)
            return elements
        }
    }

    /// Parses `key: value, key: value` up to (not including) `closing`, or to the end of a call's arguments.
    func parseKeywordList(closing: String?) throws(Diagnostic) -> SyntaxNode {
        let position = current.position
        var entries: [(String, SyntaxNode, SourcePosition)] = []
        while true {
            let keyToken = advance()
            let key = try keywordName(keyToken)
            skipNewlines()
            entries.append((key, try parseExpression(), keyToken.position))
            let beforeComma = index
            skipNewlines()
            guard isPunctuation(",") else {
                if closing == nil { index = beforeComma }
                break
            }
            let comma = advance()
            skipNewlines()
            if current.isKeywordKey { continue }
            if let closing, isPunctuation(closing) { break }
            throw Self.expressionAfterKeywords(at: comma.position, inCall: closing == nil || closing == ")")
        }
        return .keywordList(entries, at: position)
    }

    /// Elixir's error for a plain element after keyword pairs.
    private static func expressionAfterKeywords(at position: SourcePosition, inCall: Bool) -> Diagnostic {
        let explanation =
            inCall
            ? "come as the last argument. Therefore, this is not allowed:\n\n    function_call(1, some: :option, 2)\n\n"
                + "Instead, wrap the keyword in brackets:\n\n    function_call(1, [some: :option], 2)"
            : "come last in lists and maps. Therefore, this is not allowed:\n\n    [some: :value, :another]\n"
                + "    %{some: :value, another => value}\n\nInstead, reorder it to be the last entry:\n\n"
                + "    [:another, some: :value]\n    %{another => value, some: :value}"
        return Diagnostic(
            kind: .syntaxError,
            message: "unexpected expression after keyword list. Keyword lists must always \(explanation)\n\n"
                + "Syntax error after: ','",
            position: position,
            hint: "move the `key: value` pairs to the end, or wrap them in brackets: `[key: value]`")
    }

    /// The key of a keyword token.
    private func keywordName(_ token: Token) throws(Diagnostic) -> String {
        switch token.kind {
        case .keywordKey(let name):
            return name
        case .quotedKeywordKey(let parts):
            return try plainText(parts, at: token.position)
        default:
            throw syntaxErrorBeforeCurrent()
        }
    }

    /// Parses `%{...}`: entries `key => value` and `key: value`, or an update `%{map | key: value}`.
    func parseMap() throws(Diagnostic) -> SyntaxNode {
        let position = current.position
        return .call("%{}", try parseMapBody(), at: position)
    }

    /// Parses `%Name{...}` into `{:%, meta, [Name, {:%{}, meta, entries}]}`.
    func parseStruct() throws(Diagnostic) -> SyntaxNode {
        let percent = advance()
        let name = try withDoBlocks(false) { () throws(Diagnostic) -> SyntaxNode in
            try parseStructName()
        }
        guard isPunctuation("{") else { throw syntaxErrorBeforeCurrent() }
        let body = SyntaxNode.call("%{}", try parseMapBody(), at: current.position)
        return .call("%", [name, body], at: percent.position)
    }

    /// Parses the name after `%`: an alias, a variable, or `@attribute` / `^pinned`.
    private func parseStructName() throws(Diagnostic) -> SyntaxNode {
        let token = current
        switch token.kind {
        case .alias(let name):
            advance()
            var node = SyntaxNode.call("__aliases__", [.atom(name, at: token.position)], at: token.position)
            while isOperator("."), case .alias(let segment) = lookahead(1).kind {
                advance()
                let segmentToken = advance()
                node = .call("__aliases__", (node.arguments ?? []) + [.atom(segment, at: segmentToken.position)], at: token.position)
            }
            return node
        case .identifier(let name):
            advance()
            return SyntaxNode(.variable(name), at: token.position)
        case .operatorSymbol("@"), .operatorSymbol("^"):
            advance()
            guard case .identifier(let name) = current.kind else { throw syntaxErrorBeforeCurrent() }
            let nameToken = advance()
            let operand = SyntaxNode(.variable(name), at: nameToken.position)
            if case .operatorSymbol(let symbol) = token.kind { return .call(symbol, [operand], at: token.position) }
            return operand
        default:
            throw syntaxErrorBeforeCurrent()
        }
    }

    /// Parses the braces of a map or struct (current token is `%{` or `{`).
    private func parseMapBody() throws(Diagnostic) -> [SyntaxNode] {
        advance()
        return try withDoBlocks(true) { () throws(Diagnostic) -> [SyntaxNode] in
            skipNewlines()
            if isPunctuation("}") {
                advance()
                return []
            }
            var entries: [SyntaxNode] = []
            if !current.isKeywordKey {
                let first = try parseExpression(minimumPower: OperatorTable.assocPower)
                skipNewlines()
                if isOperator("|") {
                    let bar = advance()
                    skipNewlines()
                    let updates = try parseMapEntries(closing: "}")
                    try expectPunctuation("}")
                    return [.call("|", [first, SyntaxNode(.list(updates), at: bar.position)], at: bar.position)]
                }
                entries.append(try finishAssoc(key: first))
                if !continueEntries() {
                    try expectPunctuation("}")
                    return entries
                }
            }
            entries += try parseMapEntries(closing: "}")
            try expectPunctuation("}")
            return entries
        }
    }

    /// Consumes a comma between map entries; false when the closing brace comes instead.
    private func continueEntries() -> Bool {
        skipNewlines()
        guard isPunctuation(",") else { return false }
        advance()
        skipNewlines()
        return !isPunctuation("}")
    }

    /// Parses map entries (`k => v` then optionally `key: value`) up to `closing`.
    private func parseMapEntries(closing: String) throws(Diagnostic) -> [SyntaxNode] {
        var entries: [SyntaxNode] = []
        while true {
            skipNewlines()
            if isPunctuation(closing) { return entries }
            if current.isKeywordKey {
                if case .list(let pairs) = try parseKeywordList(closing: closing).kind { entries += pairs }
                skipNewlines()
                return entries
            }
            let key = try parseExpression(minimumPower: OperatorTable.assocPower)
            entries.append(try finishAssoc(key: key))
            if !continueEntries() { return entries }
        }
    }

    /// Parses `=> value` after a map key into a pair; a lone variable or call stays as it is (`%{unquote(x)}`).
    private func finishAssoc(key: SyntaxNode) throws(Diagnostic) -> SyntaxNode {
        skipNewlines()
        guard isOperator("=>") else {
            switch key.kind {
            case .variable, .call: return key
            default: throw syntaxErrorBeforeCurrent()
            }
        }
        advance()
        skipNewlines()
        let value = try parseExpression()
        return SyntaxNode(.pair(key, value), at: key.position)
    }
}
