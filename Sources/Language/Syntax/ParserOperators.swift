/// Binary and prefix operators, by binding power (Elixir 1.14's table).
extension Parser {
    /// Parses an expression whose binary operators all bind at least as tightly as `minimumPower`.
    func parseExpression(minimumPower: Int = 0) throws(Diagnostic) -> SyntaxNode {
        try enterNesting()
        defer { depth -= 1 }
        var left = try parsePrefixExpression()
        // Each operator of a left-leaning chain (`1 + 1 + 1 ...`) nests the tree one level deeper.
        var chained = 0
        defer { depth -= chained }
        while case .operatorSymbol(let symbol) = current.kind, let binding = OperatorTable.binary[symbol],
            binding.power >= minimumPower
        {
            try enterNesting()
            chained += 1
            let operatorToken = advance()
            skipNewlines()
            if current.isEndOfFile {
                throw Diagnostic(
                    kind: .tokenMissing, message: "syntax error: expression is incomplete",
                    position: lastTokenPosition, hint: "`\(symbol)` needs an expression after it")
            }
            let rightPower = binding.associativity == .left ? binding.power + 1 : binding.power
            let right =
                symbol == "when" && current.isKeywordKey
                ? try parseKeywordList(closing: nil) : try parseExpression(minimumPower: rightPower)
            left = Self.binary(symbol, left, right, at: operatorToken.position)
        }
        return left
    }

    /// Builds a binary operator node with Elixir's rewrites for `..//`, `not in` and `not x in y`.
    static func binary(_ symbol: String, _ left: SyntaxNode, _ right: SyntaxNode, at position: SourcePosition)
        -> SyntaxNode
    {
        switch symbol {
        case "//" where left.callName == ".." && left.arguments?.count == 2:
            return .call("..//", (left.arguments ?? []) + [right], at: left.position)
        case "not in":
            return .call("not", [.call("in", [left, right], at: position)], at: position)
        case "in":
            if let unary = left.callName, unary == "not" || unary == "!", let operand = left.arguments, operand.count == 1 {
                return .call(unary, [.call("in", [operand[0], right], at: position)], at: left.position)
            }
            return .call(symbol, [left, right], at: position)
        default:
            return .call(symbol, [left, right], at: position)
        }
    }

    /// Parses a prefix operator application or a primary expression with its postfix parts.
    func parsePrefixExpression() throws(Diagnostic) -> SyntaxNode {
        guard case .operatorSymbol(let symbol) = current.kind else { return try parsePostfixExpression() }
        let operatorToken = current
        switch symbol {
        case "!", "^", "not", "~~~", "+", "-":
            advance()
            let operand = try parseExpression(minimumPower: OperatorTable.unaryPower + 1)
            return .call(symbol, [operand], at: operatorToken.position)
        case "@":
            advance()
            let operand = try parsePrimary()
            let attribute = SyntaxNode.call(symbol, [operand.node], at: operatorToken.position)
            return try parsePostfix(Primary(node: attribute, acceptsPostfix: operand.acceptsPostfix))
        case "&":
            advance()
            return .call(symbol, [try parseCaptureOperand()], at: operatorToken.position)
        case "..":
            advance()
            return .call("..", [], at: operatorToken.position)
        case "...":
            advance()
            return SyntaxNode(.variable("..."), at: operatorToken.position)
        default:
            throw syntaxErrorBeforeCurrent()
        }
    }

    /// Parses what follows `&`: an expression, or a bare operator name as in `&+/2`.
    private func parseCaptureOperand() throws(Diagnostic) -> SyntaxNode {
        if case .operatorSymbol(let name) = current.kind, case .operatorSymbol("/") = lookahead(1).kind {
            let operatorToken = advance()
            let function = SyntaxNode(.variable(name), at: operatorToken.position)
            let slash = advance()
            let arity = try parseExpression(minimumPower: OperatorTable.multiplicativePower + 1)
            return .call("/", [function, arity], at: slash.position)
        }
        return try parseExpression(minimumPower: OperatorTable.capturePower + 1)
    }
}
