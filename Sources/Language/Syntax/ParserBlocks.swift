/// do-blocks with their sections, `fn ... end`, and `->` clauses.
extension Parser {
    static let sectionWords: Set<String> = ["else", "after", "rescue", "catch"]

    /// Parses `do ... [else|after|rescue|catch ...] end` into the keyword list `[do: ..., else: ...]`.
    func parseDoBlock() throws(Diagnostic) -> SyntaxNode {
        let doToken = advance()
        return try withDoBlocks(true) { () throws(Diagnostic) -> SyntaxNode in
            var entries: [(String, SyntaxNode, SourcePosition)] = []
            var section = ("do", doToken.position)
            while true {
                let body = try parseClausesOrBlock(at: section.1) { token in
                    if case .reserved(let word) = token.kind { return word == "end" || Self.sectionWords.contains(word) }
                    return token.isEndOfFile
                }
                entries.append((section.0, body, section.1))
                guard case .reserved(let word) = current.kind, word != "end" else { break }
                section = (word, advance().position)
            }
            guard isReserved("end") else { throw syntaxErrorBeforeCurrent() }
            advance()
            return .keywordList(entries, at: doToken.position)
        }
    }

    /// Parses `fn clauses end` into `{:fn, meta, clauses}`.
    func parseFn() throws(Diagnostic) -> SyntaxNode {
        let fnToken = advance()
        return try withDoBlocks(true) { () throws(Diagnostic) -> SyntaxNode in
            let body = try parseClausesOrBlock(at: fnToken.position) { token in
                if case .reserved("end") = token.kind { return true }
                return token.isEndOfFile
            }
            guard case .list(let clauses) = body.kind, clauses.first?.callName == "->" else {
                throw Diagnostic(
                    kind: .syntaxError, message: "syntax error before: end", position: current.position,
                    hint: "an anonymous function needs at least one clause, as in `fn x -> x end`")
            }
            guard isReserved("end") else { throw syntaxErrorBeforeCurrent() }
            advance()
            return .call("fn", clauses, at: fnToken.position)
        }
    }

    /// Parses a section body: a list of `->` clauses if it has any, else a block of expressions.
    func parseClausesOrBlock(at position: SourcePosition, until isEnd: (Token) -> Bool) throws(Diagnostic) -> SyntaxNode {
        var clauses: [SyntaxNode] = []
        var head: (arguments: [SyntaxNode], position: SourcePosition)?
        var body: [SyntaxNode] = []
        func finishClause() {
            guard let clauseHead = head else { return }
            let bodyNode: SyntaxNode =
                body.isEmpty ? .atom("nil", at: clauseHead.position) : .block(body, at: clauseHead.position)
            clauses.append(.call("->", [SyntaxNode(.list(clauseHead.arguments), at: clauseHead.position), bodyNode], at: clauseHead.position))
            body = []
        }
        while true {
            skipSeparators()
            if isEnd(current) { break }
            if let parenthesized = tryParenthesizedHead() {
                finishClause()
                head = (parenthesized, advance().position)
                continue
            }
            let expressions = isOperator("->") ? [] : try parseClauseHeadOrExpression()
            if isOperator("->") {
                guard head != nil || body.isEmpty else { throw syntaxErrorBeforeCurrent() }
                finishClause()
                head = (Self.clauseArguments(expressions), advance().position)
                continue
            }
            guard expressions.count == 1 else { throw syntaxErrorBeforeCurrent() }
            body.append(expressions[0])
            guard current.isSeparator || isEnd(current) else { throw syntaxErrorBeforeCurrent() }
        }
        if head == nil {
            return .block(body, at: position)
        }
        finishClause()
        return SyntaxNode(.list(clauses), at: position)
    }

    /// Parses a head in parentheses, `(a, b) ->`, `() ->` or `() when guard ->`, stopping before the `->`;
    /// nil (with nothing consumed) when the parentheses do not start a clause head.
    private func tryParenthesizedHead() -> [SyntaxNode]? {
        guard isPunctuation("("), case let close = closingParenthesis[index], close >= 0 else { return nil }
        switch lookahead(close - index + 1).kind {
        case .operatorSymbol("->"), .operatorSymbol("when"): break
        default: return nil
        }
        let start = index
        let savedDoBlocks = doBlocksAllowed
        do {
            let arguments = try parseParenthesizedArguments()
            if isOperator("->") { return arguments }
            guard isOperator("when") else {
                index = start
                return nil
            }
            let whenToken = advance()
            skipNewlines()
            let guardExpression = try parseExpression(minimumPower: 51)
            guard isOperator("->") else {
                index = start
                return nil
            }
            return [.call("when", arguments + [guardExpression], at: whenToken.position)]
        } catch {
            index = start
            doBlocksAllowed = savedDoBlocks
            return nil
        }
    }

    /// Parses `a, b when guard` (a clause head) or a single expression.
    private func parseClauseHeadOrExpression() throws(Diagnostic) -> [SyntaxNode] {
        var expressions: [SyntaxNode] = []
        while true {
            if current.isKeywordKey {
                expressions.append(try parseKeywordList(closing: nil))
            } else {
                expressions.append(try parseExpression())
            }
            guard isPunctuation(",") else { return expressions }
            advance()
            skipNewlines()
        }
    }

    /// Folds a trailing guard into one `when` node: `a, b when g` becomes `[{:when, _, [a, b, g]}]`.
    static func clauseArguments(_ expressions: [SyntaxNode]) -> [SyntaxNode] {
        guard expressions.count > 1, let last = expressions.last, last.callName == "when",
            let guardParts = last.arguments, guardParts.count == 2
        else { return expressions }
        let arguments = Array(expressions.dropLast()) + guardParts
        return [.call("when", arguments, at: expressions[0].position)]
    }
}
