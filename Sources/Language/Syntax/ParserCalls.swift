/// Calls: local and remote, with or without parentheses, anonymous calls and do-blocks.
extension Parser {
    /// Parses what follows an identifier: a call with parentheses, a no-parentheses call, or a variable.
    func parseNamedCall(_ name: String, at position: SourcePosition) throws(Diagnostic) -> Primary {
        if isPunctuation("("), !current.spaceBefore {
            var arguments = try parseParenthesizedArguments()
            try appendDoBlock(to: &arguments)
            return Primary(node: .call(name, arguments, at: position), acceptsPostfix: true)
        }
        if startsNoParenthesesArgument() {
            let arguments = try parseNoParenthesesCallArguments()
            return Primary(node: .call(name, arguments, at: position), acceptsPostfix: false)
        }
        if doBlocksAllowed, isReserved("do") {
            return Primary(node: .call(name, [try parseDoBlock()], at: position), acceptsPostfix: false)
        }
        return Primary(node: SyntaxNode(.variable(name), at: position), acceptsPostfix: true)
    }

    /// Parses what follows `receiver.`: a remote call, an alias segment, or an anonymous call.
    func parseAfterDot(_ receiver: SyntaxNode, dot: Token) throws(Diagnostic) -> Primary {
        let token = current
        switch token.kind {
        case .alias(let name):
            advance()
            let segment = SyntaxNode.atom(name, at: token.position)
            if receiver.callName == "__aliases__", let parts = receiver.arguments {
                return Primary(node: .call("__aliases__", parts + [segment], at: receiver.position), acceptsPostfix: true)
            }
            return Primary(node: .call("__aliases__", [receiver, segment], at: receiver.position), acceptsPostfix: true)
        case .punctuation("("):
            let arguments = try parseParenthesizedArguments()
            let callee = SyntaxNode.dot([receiver], at: dot.position)
            return Primary(node: SyntaxNode(.call(.expression(callee), arguments), at: dot.position), acceptsPostfix: true)
        case .punctuation("{"):
            let elements = try parseSequence(closing: "}", keywordsAsOneElement: true)
            let callee = SyntaxNode.dot([receiver, .atom("{}", at: token.position)], at: dot.position)
            return Primary(node: SyntaxNode(.call(.expression(callee), elements), at: dot.position), acceptsPostfix: false)
        default:
            guard let name = Self.functionName(token.kind) else { throw syntaxErrorBeforeCurrent() }
            advance()
            return try parseRemoteCall(receiver, name, at: token.position, dotAt: dot.position)
        }
    }

    /// A token that may name a function after a dot: identifiers, operators and reserved words.
    private static func functionName(_ kind: TokenKind) -> String? {
        switch kind {
        case .identifier(let name), .operatorSymbol(let name), .reserved(let name): return name
        case .string(let parts):
            guard parts.count <= 1 else { return nil }
            if case .text(let text) = parts.first { return text }
            return parts.isEmpty ? "" : nil
        case .atom(let name) where Lexer.literalAtoms.contains(name): return name
        default: return nil
        }
    }

    /// Parses what follows `receiver.name`: arguments, a do-block, or nothing (`map.key`).
    private func parseRemoteCall(
        _ receiver: SyntaxNode, _ name: String, at position: SourcePosition, dotAt dotPosition: SourcePosition
    ) throws(Diagnostic) -> Primary {
        func call(_ arguments: [SyntaxNode], noParentheses: Bool = false) -> SyntaxNode {
            .remoteCall(receiver, name, arguments, at: position, dotAt: dotPosition, noParentheses: noParentheses)
        }
        if isPunctuation("("), !current.spaceBefore {
            var arguments = try parseParenthesizedArguments()
            try appendDoBlock(to: &arguments)
            return Primary(node: call(arguments), acceptsPostfix: true)
        }
        if startsNoParenthesesArgument() {
            return Primary(node: call(try parseNoParenthesesCallArguments()), acceptsPostfix: false)
        }
        if doBlocksAllowed, isReserved("do") {
            return Primary(node: call([try parseDoBlock()]), acceptsPostfix: false)
        }
        return Primary(node: call([], noParentheses: true), acceptsPostfix: true)
    }

    /// Appends a trailing do-block to a call's arguments when one follows and may attach here.
    private func appendDoBlock(to arguments: inout [SyntaxNode]) throws(Diagnostic) {
        if doBlocksAllowed, isReserved("do") {
            arguments.append(try parseDoBlock())
        }
    }

    /// Parses `(a, b, key: value)` into arguments (a trailing keyword list becomes one argument).
    func parseParenthesizedArguments() throws(Diagnostic) -> [SyntaxNode] {
        advance()
        return try withDoBlocks(true) { () throws(Diagnostic) -> [SyntaxNode] in
            var arguments: [SyntaxNode] = []
            var endsWithKeywords = false
            skipNewlines()
            if isPunctuation(")") {
                advance()
                return arguments
            }
            while true {
                if current.isKeywordKey {
                    arguments.append(try parseKeywordList(closing: ")"))
                    endsWithKeywords = true
                } else {
                    arguments.append(try parseExpression())
                }
                skipNewlines()
                if isPunctuation(")") {
                    advance()
                    return arguments
                }
                guard isPunctuation(","), !endsWithKeywords else {
                    throw syntaxErrorBeforeCurrent()
                }
                advance()
                skipNewlines()
            }
        }
    }

    /// Parses the arguments of a call written without parentheses, and a do-block that follows them.
    func parseNoParenthesesCallArguments() throws(Diagnostic) -> [SyntaxNode] {
        let outerAllowsDo = doBlocksAllowed
        var arguments = try withDoBlocks(false) { () throws(Diagnostic) -> [SyntaxNode] in
            var arguments: [SyntaxNode] = []
            while true {
                if current.isKeywordKey {
                    arguments.append(try parseKeywordList(closing: nil))
                    return arguments
                }
                arguments.append(try parseExpression())
                guard isPunctuation(",") else { return arguments }
                advance()
                skipNewlines()
            }
        }
        if outerAllowsDo, isReserved("do") {
            arguments.append(try parseDoBlock())
        }
        return arguments
    }

    /// True when the name just read ends in `?`/`!` or is an operator after a dot: Elixir then takes an
    /// adjacent token as an argument (`is_pi?d(x)` calls `is_pi?` with `d(x)`).
    private var nameEndsWithoutSpace: Bool {
        guard index > 0 else { return false }
        switch tokens[index - 1].kind {
        case .identifier(let name): return name.hasSuffix("?") || name.hasSuffix("!")
        case .operatorSymbol:
            if index > 1, case .operatorSymbol(".") = tokens[index - 2].kind { return true }
            return false
        default: return false
        }
    }

    /// True when the current token, after a name and a space, starts that name's first argument.
    func startsNoParenthesesArgument() -> Bool {
        let token = current
        if case .operatorSymbol(let symbol) = token.kind, symbol == "^" || symbol == "&" { return true }
        guard token.spaceBefore || nameEndsWithoutSpace else { return false }
        switch token.kind {
        case .identifier, .alias, .atom, .integer, .bigInteger, .float, .string, .charlist, .sigil,
            .captureArgument, .keywordKey, .quotedKeywordKey, .interpolatedAtom:
            return true
        case .punctuation(let symbol):
            switch symbol {
            case "[", "{", "%{", "%", "<<", "(": return true
            default: return false
            }
        case .reserved(let word):
            return word == "fn"
        case .operatorSymbol(let symbol):
            if OperatorTable.prefixOnly.contains(symbol) { return true }
            return OperatorTable.dual.contains(symbol) && !lookahead(1).spaceBefore
        default:
            return false
        }
    }
}

extension SyntaxNode {
    /// True for a named or remote call written with parentheses, which another `(...)` may call again (`f(x)(y)`).
    var isCallWithParentheses: Bool {
        guard case .call(let callee, _) = kind, !noParentheses else { return false }
        switch callee {
        case .expression(let expression): return expression.callName == "."
        case .name(let name):
            guard let first = name.unicodeScalars.first, Lexer.isIdentifierStart(first) else { return false }
            return !name.hasPrefix("__") && name != "fn"
        }
    }
}

extension Token {
    /// True for `key:` and `"quoted key":` tokens.
    var isKeywordKey: Bool {
        switch kind {
        case .keywordKey, .quotedKeywordKey: return true
        default: return false
        }
    }
}
