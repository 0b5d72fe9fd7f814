/// One lexical token with where it starts and whether whitespace came before it.
struct Token: Sendable {
    /// What the token is.
    var kind: TokenKind
    /// Where the token starts.
    var position: SourcePosition
    /// True when a space, tab or newline separates this token from the previous one.
    var spaceBefore: Bool
}

/// The kinds of tokens the lexer produces.
enum TokenKind: Sendable {
    /// A lowercase identifier such as `foo`, `is_nil?`, `__MODULE__`.
    case identifier(String)
    /// A capitalised identifier such as `Foo`.
    case alias(String)
    /// A keyword key such as `do:` or `name:` (the colon is not included).
    case keywordKey(String)
    /// A quoted keyword key such as `"a b":`.
    case quotedKeywordKey([StringPart])
    /// An atom literal, `true`, `false` and `nil` included.
    case atom(String)
    /// An interpolated atom literal such as `:"a#{b}"`.
    case interpolatedAtom([StringPart])
    /// An integer literal that fits in 64 bits.
    case integer(Int)
    /// An integer literal too large for 64 bits, as written: decimal digits, or `0x`, `0o`, `0b` and digits.
    case bigInteger(String)
    /// A float literal.
    case float(Double)
    /// A capture argument such as `&1`.
    case captureArgument(Int)
    /// A double-quoted string or heredoc.
    case string([StringPart])
    /// A single-quoted charlist or charlist heredoc.
    case charlist([StringPart])
    /// A sigil such as `~w(a b)a`.
    indirect case sigil(name: String, parts: [StringPart], modifiers: String)
    /// An operator, word operators (`and`, `when`, `not in`) included.
    case operatorSymbol(String)
    /// Brackets and separators: `(`, `)`, `[`, `]`, `{`, `}`, `<<`, `>>`, `%{`, `%`, `,`, `;`.
    case punctuation(String)
    /// A reserved word: `do`, `end`, `fn`, `else`, `after`, `rescue`, `catch`.
    case reserved(String)
    /// A line break (several in a row give one token).
    case endOfLine
    /// The end of the input.
    case endOfFile
}

/// A piece of a string literal: plain text or an interpolated expression's tokens.
enum StringPart: Sendable {
    /// Literal text with escapes already applied.
    case text(String)
    /// The tokens of `#{...}` and the position of the `#`.
    case interpolation([Token], SourcePosition)
}

extension TokenKind {
    /// How Elixir names this token in `syntax error before: ...` messages.
    var errorSpelling: String {
        switch self {
        case .identifier(let name): return name
        case .alias(let name): return "'\(name)'"
        case .keywordKey(let name): return "'\(name):'"
        case .quotedKeywordKey: return "keyword"
        case .atom(let name): return Lexer.literalAtoms.contains(name) ? Self.reservedSpelling(name) : name
        case .interpolatedAtom: return "atom"
        case .integer(let value): return "\"\(value)\""
        case .bigInteger(let digits): return "\"\(digits)\""
        case .float(let value): return "\"\(value)\""
        case .captureArgument(let value): return "'&\(value)'"
        case .string(let parts), .charlist(let parts): return "\"" + Self.plainText(parts) + "\""
        case .sigil(let name, let parts, _): return "sigil ~\(name) starting with content '\(Self.plainText(parts))'"
        case .operatorSymbol(let word) where Self.reservedOperators.contains(word): return Self.reservedSpelling(word)
        case .punctuation("%{"): return "'%{}'"
        case .operatorSymbol(let symbol), .punctuation(let symbol): return "'\(symbol)'"
        case .reserved("do"): return "do"
        case .reserved(let word): return Self.reservedSpelling(word)
        case .endOfLine: return "end of line"
        case .endOfFile: return "end of file"
        }
    }

    /// Whether Elixir shows the source line under `syntax error before:` for this token
    /// (not for reserved words, strings, charlists or sigils).
    var errorShowsSnippet: Bool {
        switch self {
        case .string, .charlist, .sigil: return false
        case .reserved(let word): return word == "do"
        case .atom(let name): return !Lexer.literalAtoms.contains(name)
        case .operatorSymbol(let symbol): return !Self.reservedOperators.contains(symbol)
        default: return true
        }
    }

    /// Word operators that Elixir reports as reserved words.
    private static let reservedOperators: Set<String> = ["when", "not", "and", "or", "in"]

    /// Elixir's spelling of a reserved word in a syntax error, with its explanation.
    private static func reservedSpelling(_ word: String) -> String {
        "\(word). \"\(word)\" is a reserved word in Elixir and therefore its usage is limited. "
            + "For instance, it can't be used as a variable or be defined nor invoked as a regular function"
    }

    private static func plainText(_ parts: [StringPart]) -> String {
        parts.map { part in
            if case .text(let text) = part { return text }
            return "#{...}"
        }.joined()
    }
}
