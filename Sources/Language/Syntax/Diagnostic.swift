/// A problem found while reading source text, reported the way Elixir 1.14 reports it.
public struct Diagnostic: Error, Sendable, Hashable {
    /// The Elixir exception a diagnostic corresponds to.
    public enum Kind: String, Sendable, Hashable {
        /// `SyntaxError`: the text cannot be read as Elixir.
        case syntaxError = "SyntaxError"
        /// `TokenMissingError`: the text ended before a construct was closed.
        case tokenMissing = "TokenMissingError"
    }

    /// Which Elixir exception this is.
    public var kind: Kind
    /// Elixir's own message, such as `syntax error before: ')'`.
    public var message: String
    /// Where the problem was found.
    public var position: SourcePosition
    /// A short explanation for learners, written by proctor (not by Elixir).
    public var hint: String?

    /// Creates a diagnostic.
    public init(kind: Kind, message: String, position: SourcePosition, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.position = position
        self.hint = hint
    }

    /// The first line Elixir prints, such as `** (SyntaxError) bad.exs:3:5: syntax error before: ')'`.
    public func headline(file: String) -> String {
        "** (\(kind.rawValue)) \(file):\(position.line):\(position.column): \(message)"
    }

    /// The headline followed by the learner hint, when there is one.
    public func formatted(file: String) -> String {
        guard let hint else { return headline(file: file) }
        return headline(file: file) + "\n    hint: " + hint
    }
}
