/// The outcome of reading source text: a tree when it parsed, and any diagnostics.
public struct ParseResult: Sendable {
    /// The program as one node (a `__block__` for several top-level expressions), if it parsed.
    public let tree: SyntaxNode?
    /// Problems found, in source order; empty when `tree` is present.
    public let diagnostics: [Diagnostic]
}

/// Reads Elixir source text into a `SyntaxNode` tree shaped like Elixir's quoted form.
public enum ElixirParser {
    /// Parses `source`, returning the tree or the first syntax error as a diagnostic.
    public static func parse(_ source: String) -> ParseResult {
        switch LargeStackThread.run({ parseOnCurrentThread(source) }) {
        case .success(let tree): return ParseResult(tree: tree, diagnostics: [])
        case .failure(let diagnostic): return ParseResult(tree: nil, diagnostics: [diagnostic])
        }
    }

    /// Parses `source`, throwing the first syntax error.
    public static func parseOrThrow(_ source: String) throws(Diagnostic) -> SyntaxNode {
        try LargeStackThread.run({ parseOnCurrentThread(source) }).get()
    }

    /// Lexes and parses on the calling thread (whose stack must suit `Parser.maximumDepth`).
    private static func parseOnCurrentThread(_ source: String) -> Result<SyntaxNode, Diagnostic> {
        do throws(Diagnostic) {
            let tokens = try Lexer(source: source).tokenize()
            return .success(try Parser(tokens: tokens).parseProgram())
        } catch {
            return .failure(error)
        }
    }
}
