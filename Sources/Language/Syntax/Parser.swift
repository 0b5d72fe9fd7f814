/// Builds a syntax tree from tokens by recursive descent with operator precedence.
final class Parser {
    /// How deeply expressions may nest before parsing stops with an error.
    static let maximumDepth = 1_000

    let tokens: [Token]
    /// For each `(` token, the index of its matching `)` (or -1).
    let closingParenthesis: [Int]
    var index = 0
    var depth: Int
    /// False while reading a no-parentheses call's arguments: a `do` there belongs to that call.
    var doBlocksAllowed = true

    /// Creates a parser over `tokens`, which must end with `.endOfFile`.
    init(tokens: [Token], depth: Int = 0) {
        self.tokens = tokens
        self.closingParenthesis = Self.matchParentheses(tokens)
        self.depth = depth
    }

    /// Pairs every `(` with its `)`, for looking past a parenthesized clause head.
    private static func matchParentheses(_ tokens: [Token]) -> [Int] {
        var matches = [Int](repeating: -1, count: tokens.count)
        var open: [Int] = []
        for position in tokens.indices {
            guard case .punctuation(let symbol) = tokens[position].kind else { continue }
            if symbol == "(" {
                open.append(position)
            } else if symbol == ")", let opening = open.popLast() {
                matches[opening] = position
            }
        }
        return matches
    }

    /// Parses a whole program into one block node.
    func parseProgram() throws(Diagnostic) -> SyntaxNode {
        let start = current.position
        let expressions = try parseExpressionList { $0.isEndOfFile }
        return .block(expressions, at: start)
    }

    // MARK: Cursor

    var current: Token { tokens[index] }

    /// The token `offset` places ahead (the end-of-file token past the end).
    func lookahead(_ offset: Int) -> Token {
        tokens[min(index + offset, tokens.count - 1)]
    }

    @discardableResult
    func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// Skips line-break tokens.
    func skipNewlines() {
        while case .endOfLine = current.kind { advance() }
    }

    /// Skips line breaks and `;`, telling whether there were any.
    @discardableResult
    func skipSeparators() -> Bool {
        let start = index
        while current.isSeparator { advance() }
        return index > start
    }

    /// True when the current token is the punctuation `symbol`.
    func isPunctuation(_ symbol: String) -> Bool {
        if case .punctuation(let found) = tokens[index].kind { return found == symbol }
        return false
    }

    /// True when the current token is the reserved word `word`.
    func isReserved(_ word: String) -> Bool {
        if case .reserved(let found) = tokens[index].kind { return found == word }
        return false
    }

    /// True when the current token is the operator `symbol`.
    func isOperator(_ symbol: String) -> Bool {
        if case .operatorSymbol(let found) = tokens[index].kind { return found == symbol }
        return false
    }

    /// Consumes the punctuation `symbol` or fails with Elixir's `syntax error before:` message.
    func expectPunctuation(_ symbol: String) throws(Diagnostic) {
        guard isPunctuation(symbol) else { throw syntaxErrorBeforeCurrent() }
        advance()
    }

    // MARK: Errors and nesting

    /// Elixir's error for a token that cannot come here (or for input that ends too early).
    func syntaxErrorBeforeCurrent() -> Diagnostic {
        let token = current
        if case .endOfFile = token.kind {
            return Diagnostic(
                kind: .tokenMissing, message: "syntax error: expression is incomplete", position: lastTokenPosition,
                hint: "the code stops in the middle of an expression")
        }
        if case .endOfLine = token.kind {
            return Diagnostic(
                kind: .syntaxError,
                message: "unexpectedly reached end of line. The current expression is invalid or incomplete",
                position: token.position, hint: Self.hint(before: token.kind), showsSnippet: false)
        }
        return Diagnostic(
            kind: .syntaxError, message: "syntax error before: \(token.kind.errorSpelling)", position: token.position,
            hint: Self.hint(before: token.kind), showsSnippet: token.kind.errorShowsSnippet)
    }

    /// Where the token before the current one (a line break included) starts.
    var lastTokenPosition: SourcePosition {
        index > 0 ? tokens[index - 1].position : current.position
    }

    /// A learner hint for an unexpected token of this kind.
    private static func hint(before kind: TokenKind) -> String {
        switch kind {
        case .punctuation(")"), .punctuation("]"), .punctuation("}"):
            return "something is missing before this closing bracket (a trailing comma, or an unfinished operator?)"
        case .endOfLine:
            return "the line ends before the expression is complete"
        case .operatorSymbol("->"):
            return "`->` belongs inside `fn`, `case`, `receive` or another do-block with clauses"
        default:
            return "check for a missing comma, operator or bracket just before this point"
        }
    }

    /// Goes one nesting level deeper, failing cleanly past `maximumDepth` (callers undo it with `depth -= 1`).
    func enterNesting() throws(Diagnostic) {
        guard depth < Self.maximumDepth else {
            throw Diagnostic(
                kind: .syntaxError, message: "expression nests too deeply", position: current.position,
                hint: "proctor reads at most \(Self.maximumDepth) levels of nested brackets and operators")
        }
        depth += 1
    }

    /// Runs `body` with do-blocks allowed or not, restoring the previous setting afterwards.
    func withDoBlocks<Result>(_ allowed: Bool, _ body: () throws(Diagnostic) -> Result) throws(Diagnostic) -> Result {
        let saved = doBlocksAllowed
        doBlocksAllowed = allowed
        defer { doBlocksAllowed = saved }
        return try body()
    }

    // MARK: Expression lists

    /// Parses expressions separated by newlines or `;` until `isEnd` holds for the current token.
    func parseExpressionList(until isEnd: (Token) -> Bool) throws(Diagnostic) -> [SyntaxNode] {
        var expressions: [SyntaxNode] = []
        while true {
            skipSeparators()
            if isEnd(current) { break }
            expressions.append(try parseExpression())
            if current.isSeparator || isEnd(current) { continue }
            throw syntaxErrorBeforeCurrent()
        }
        return expressions
    }
}

extension Token {
    /// True for the end-of-file token.
    var isEndOfFile: Bool {
        if case .endOfFile = kind { return true }
        return false
    }

    /// True for tokens that separate expressions: line breaks and `;`.
    var isSeparator: Bool {
        switch kind {
        case .endOfLine, .punctuation(";"): return true
        default: return false
        }
    }
}
