/// Turns Elixir source text into tokens, stopping at the first problem.
final class Lexer {
    /// How deeply string interpolations may nest before the lexer gives up.
    static let maximumNesting = 200

    /// The source's scalars, owned by the lexer (a raw buffer keeps the hot loop free of reference counting).
    let scalars: UnsafeMutableBufferPointer<Unicode.Scalar>
    var index = 0
    var line = 1
    var lineStart = 0
    var nesting = 0

    /// Creates a lexer over `source`.
    init(source: String) {
        let view = source.unicodeScalars
        scalars = .allocate(capacity: view.count)
        _ = scalars.initialize(from: view)
    }

    deinit {
        scalars.deallocate()
    }

    /// Reads the whole source into tokens ending with `.endOfFile`.
    func tokenize() throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        var terminators: TerminatorCheck? = TerminatorCheck()
        try lexTokens(into: &tokens, untilClosingBrace: false, terminators: &terminators)
        try terminators?.finish(at: position)
        tokens.append(Token(kind: .endOfFile, position: position, spaceBefore: true))
        return tokens
    }

    /// The position of the scalar at `index`.
    var position: SourcePosition {
        SourcePosition(line: line, column: index - lineStart + 1)
    }

    /// The scalar `offset` places ahead of `index`, if any.
    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let target = index + offset
        return target < scalars.count ? scalars[target] : nil
    }

    /// Consumes a newline at `index` and starts a new line.
    func consumeNewline() {
        index += 1
        line += 1
        lineStart = index
    }

    /// Reads tokens until the input ends or, inside an interpolation, until its closing `}`;
    /// `terminators`, when given, checks bracket pairing on the way.
    func lexTokens(into tokens: inout [Token], untilClosingBrace: Bool, terminators: inout TerminatorCheck?)
        throws(Diagnostic)
    {
        var braceDepth = 0
        var spaceBefore = true
        while let scalar = peek() {
            if scalar == " " || scalar == "\t" || scalar == "\r" {
                skipBlanks()
                spaceBefore = true
            } else if scalar == "\n" {
                appendEndOfLine(to: &tokens)
                consumeNewline()
                spaceBefore = true
            } else if scalar == "#" {
                skipComment()
            } else if scalar == "\\", peek(1) == "\n" || peek(1) == nil {
                try lexLineContinuation()
                spaceBefore = true
            } else if scalar == "}", untilClosingBrace, braceDepth == 0 {
                index += 1
                return
            } else {
                let start = position
                let kind = try lexToken(startingWith: scalar)
                try terminators?.track(kind, at: start)
                braceDepth += Self.braceChange(kind)
                append(Token(kind: kind, position: start, spaceBefore: spaceBefore), to: &tokens)
                spaceBefore = false
            }
        }
        if untilClosingBrace {
            throw Diagnostic(
                kind: .tokenMissing, message: "missing terminator: } (for \"#{\" in a string)",
                position: position, hint: "an interpolation `#{` inside a string needs a closing `}`")
        }
    }

    /// How a token changes the `{`/`}` balance inside an interpolation.
    private static func braceChange(_ kind: TokenKind) -> Int {
        guard case .punctuation(let symbol) = kind else { return 0 }
        switch symbol {
        case "{", "%{": return 1
        case "}": return -1
        default: return 0
        }
    }

    /// Appends a line break, folding consecutive ones into one token.
    private func appendEndOfLine(to tokens: inout [Token]) {
        if case .endOfLine = tokens.last?.kind { return }
        tokens.append(Token(kind: .endOfLine, position: position, spaceBefore: true))
    }

    /// Appends a token; a line starting with a binary operator continues the previous line.
    private func append(_ token: Token, to tokens: inout [Token]) {
        if case .operatorSymbol(let symbol) = token.kind, OperatorTable.continuesPreviousLine(symbol),
            case .endOfLine = tokens.last?.kind
        {
            tokens.removeLast()
        }
        tokens.append(token)
    }

    /// Skips spaces, tabs and carriage returns.
    private func skipBlanks() {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" || scalars[cursor] == "\r" {
            cursor += 1
        }
        index = cursor
    }

    /// Reads a backslash that joins this line with the next one (and fails when nothing follows it).
    private func lexLineContinuation() throws(Diagnostic) {
        guard peek(1) != nil else {
            throw Diagnostic(
                kind: .tokenMissing, message: "invalid escape \\ at end of file", position: position,
                hint: "a backslash outside strings only joins a line with the next one")
        }
        index += 1
        consumeNewline()
    }

    /// Skips a `#` comment up to (not including) the line break.
    private func skipComment() {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] != "\n" { cursor += 1 }
        index = cursor
    }

    /// Reads one token whose first scalar is `scalar`.
    private func lexToken(startingWith scalar: Unicode.Scalar) throws(Diagnostic) -> TokenKind {
        if Self.isIdentifierStart(scalar) { return try lexWord() }
        if Self.isDigit(scalar) { return try lexNumber() }
        if let next = peek(1) {
            if scalar == "~", Self.isASCIILetter(next) { return try lexSigil() }
            if scalar == "&", Self.isDigit(next) {
                index += 1
                return .captureArgument(lexDecimalDigits())
            }
        }
        switch scalar {
        case "\"": return try lexDoubleQuoted()
        case "'": return try lexSingleQuoted()
        case ":": return try lexColon()
        case "?": return try lexCharacter()
        default: return try lexPunctuationOrOperator(scalar)
        }
    }

    /// Reads punctuation, an operator, or an operator used as a keyword key (`+: 1`).
    private func lexPunctuationOrOperator(_ scalar: Unicode.Scalar) throws(Diagnostic) -> TokenKind {
        if let punctuation = lexPunctuation(scalar) { return punctuation }
        guard let symbol = matchOperator() else { throw unexpectedCharacter(scalar) }
        index += symbol.unicodeScalars.count
        if atKeywordColon, let after = peek(1), after == " " || after == "\n" || after == "\t" {
            index += 1
            return .keywordKey(symbol)
        }
        return .operatorSymbol(symbol)
    }

    /// Reads brackets, separators and `%`, or nil for anything else.
    private func lexPunctuation(_ scalar: Unicode.Scalar) -> TokenKind? {
        switch scalar {
        case "(", ")", "[", "]", "{", "}", ",", ";":
            index += 1
            return .punctuation(String(scalar))
        case "%":
            let symbol = peek(1) == "{" ? "%{" : "%"
            index += symbol.count
            return .punctuation(symbol)
        case "<" where peek(1) == "<" && peek(2) != "<" && peek(2) != "~":
            index += 2
            return .punctuation("<<")
        case ">" where peek(1) == ">" && peek(2) != ">":
            index += 2
            return .punctuation(">>")
        default:
            return nil
        }
    }

    /// Operator spellings grouped by first scalar, longest first.
    private static let operatorsByFirstScalar: [Unicode.Scalar: [[Unicode.Scalar]]] = {
        var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for symbol in OperatorTable.symbols {
            let scalars = Array(symbol.unicodeScalars)
            table[scalars[0], default: []].append(scalars)
        }
        return table
    }()

    /// The longest operator spelled at `index`, if any.
    func matchOperator() -> String? {
        guard let first = peek(), let candidates = Self.operatorsByFirstScalar[first] else { return nil }
        for candidate in candidates where matches(candidate) {
            var symbol = ""
            symbol.unicodeScalars.append(contentsOf: candidate)
            return symbol
        }
        return nil
    }

    /// True when `expected` is spelled at `index`.
    func matches(_ expected: [Unicode.Scalar]) -> Bool {
        let start = index
        guard start + expected.count <= scalars.count else { return false }
        for offset in 0..<expected.count where scalars[start + offset] != expected[offset] {
            return false
        }
        return true
    }

    /// Elixir's error for a character that cannot start a token, at `index`.
    func unexpectedCharacter(_ scalar: Unicode.Scalar) -> Diagnostic {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        return Diagnostic(
            kind: .syntaxError,
            message: "unexpected token: \"\(scalar)\" (column \(position.column), code point U+\(padded))",
            position: position,
            hint: "this character has no meaning in Elixir code outside strings and comments")
    }
}
