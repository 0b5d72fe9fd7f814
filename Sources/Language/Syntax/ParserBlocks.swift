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
        var collector = ClauseCollector()
        while true {
            let separated = skipSeparators()
            if isEnd(current) { break }
            if let parenthesized = tryParenthesizedHead() {
                collector.startClause(parenthesized, at: advance().position)
                skipNewlines()
                continue
            }
            let expressions = isOperator("->") ? [] : try parseClauseHeadOrExpression()
            if isOperator("->") {
                guard collector.acceptsHead(empty: expressions.isEmpty, separated: separated) else {
                    throw collector.startedWithExpressions ? clauseAfterExpressions() : syntaxErrorBeforeCurrent()
                }
                collector.startClause(Self.clauseArguments(expressions), at: advance().position)
                skipNewlines()
                continue
            }
            guard expressions.count == 1, current.isSeparator || isEnd(current) else { throw syntaxErrorBeforeCurrent() }
            collector.body.append(expressions[0])
        }
        return collector.finish(at: position)
    }

    /// Elixir's error for `->` clauses that follow plain expressions in the same block.
    private func clauseAfterExpressions() -> Diagnostic {
        var diagnostic = Diagnostic(
            kind: .syntaxError,
            message: "unexpected operator ->. If you want to define multiple clauses, the first expression must use ->. "
                + "Syntax error before: '->'",
            position: current.position,
            hint: "a block either has only `pattern -> body` clauses or only expressions; move the code into a clause",
            showsSnippet: false)
        diagnostic.showsColumn = false
        return diagnostic
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
        do {
            let arguments = try parseParenthesizedArguments()
            if isOperator("->") { return arguments }
            guard isOperator("when") else {
                index = start
                return nil
            }
            let whenToken = advance()
            skipNewlines()
            let guardExpression = try parseExpression(minimumPower: OperatorTable.guardPower + 1)
            guard isOperator("->") else {
                index = start
                return nil
            }
            return [.call("when", arguments + [guardExpression], at: whenToken.position)]
        } catch {
            index = start
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

/// Gathers `head -> body` clauses (or plain expressions) while a section is read.
struct ClauseCollector {
    private var clauses: [SyntaxNode] = []
    private var head: (arguments: [SyntaxNode], position: SourcePosition)?
    /// The expressions read since the last clause head.
    var body: [SyntaxNode] = []

    /// True when plain expressions were read before any clause head.
    var startedWithExpressions: Bool { head == nil && !body.isEmpty }

    /// Whether a clause head may start here: not after plain expressions, only after a separator that
    /// follows the previous clause (line breaks right after `->` do not count), and empty only when first.
    func acceptsHead(empty: Bool, separated: Bool) -> Bool {
        guard head != nil else { return body.isEmpty }
        return !empty && separated
    }

    /// Closes the current clause (if any) and starts a new one with `arguments`.
    mutating func startClause(_ arguments: [SyntaxNode], at position: SourcePosition) {
        closeClause()
        head = (arguments, position)
    }

    /// The list of clauses, or the block of expressions when there was no clause head.
    mutating func finish(at position: SourcePosition) -> SyntaxNode {
        guard head != nil else { return .block(body, at: position) }
        closeClause()
        return SyntaxNode(.list(clauses), at: position)
    }

    /// Turns the pending head and body into a `->` node.
    private mutating func closeClause() {
        guard let head else { return }
        let bodyNode: SyntaxNode = body.isEmpty ? .atom("nil", at: head.position) : .block(body, at: head.position)
        let arguments = SyntaxNode(.list(head.arguments), at: head.position)
        clauses.append(.call("->", [arguments, bodyNode], at: head.position))
        body = []
    }
}
