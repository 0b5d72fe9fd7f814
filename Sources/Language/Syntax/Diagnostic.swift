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
    /// Elixir's own message, such as `syntax error before: ')'` (a few span several lines).
    public var message: String
    /// Where the problem was found.
    public var position: SourcePosition
    /// A short explanation for learners, written by proctor (not by Elixir).
    public var hint: String?
    /// Whether Elixir prints the offending source line under this kind of message.
    public var showsSnippet: Bool
    /// Whether Elixir's headline names the column (a few messages give only the line).
    public var showsColumn = true

    /// Creates a diagnostic.
    public init(kind: Kind, message: String, position: SourcePosition, hint: String? = nil, showsSnippet: Bool = true) {
        self.kind = kind
        self.message = message
        self.position = position
        self.hint = hint
        self.showsSnippet = showsSnippet
    }

    /// The first line Elixir prints, such as `** (SyntaxError) bad.exs:3:5: syntax error before: ')'`.
    public func headline(file: String) -> String {
        let firstLine = message.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return "** (\(kind.rawValue)) \(location(file: file)): \(firstLine)"
    }

    /// The `file:line:column` (or `file:line`) part of the headline.
    private func location(file: String) -> String {
        showsColumn ? "\(file):\(position.line):\(position.column)" : "\(file):\(position.line)"
    }

    /// The source line with a caret under the column, as Elixir prints it below the headline
    /// (nil when Elixir prints none: for some messages, or when the line is blank).
    public func snippet(in source: String) -> String? {
        guard showsSnippet else { return nil }
        let lines = source.lineSlices
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let content = lines[position.line - 1]
        guard content.contains(where: { !$0.isWhitespace }) else { return nil }
        let number = String(position.line)
        let width = max(2, number.count)
        let gutter = String(repeating: " ", count: width + 1)
        let paddedNumber = String(repeating: " ", count: width - number.count) + number
        let caretIndent = String(repeating: " ", count: max(0, position.column - 1))
        return "\(gutter) |\n \(paddedNumber) | \(content)\n\(gutter) | \(caretIndent)^"
    }

    /// What Elixir prints for this error: the headline and, when it has one, the snippet.
    public func report(file: String, source: String) -> String {
        let text = "** (\(kind.rawValue)) \(location(file: file)): \(message)"
        guard let snippet = snippet(in: source) else { return text }
        return text + "\n" + snippet
    }

    /// Elixir's report followed by proctor's learner hint, when there is one.
    public func formatted(file: String, source: String) -> String {
        guard let hint else { return report(file: file, source: source) }
        return report(file: file, source: source) + "\n    hint: " + hint
    }
}
