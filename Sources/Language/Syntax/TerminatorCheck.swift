/// Checks, token by token, that brackets and `do`/`fn` ... `end` pair up, reporting as Elixir's tokenizer does.
struct TerminatorCheck {
    /// An unclosed opening token and what closes it.
    private struct Opener {
        let spelling: String
        let closing: String
        let position: SourcePosition
    }

    private var stack: [Opener] = []

    /// Records an opening token or matches a closing one, throwing at the first mismatch.
    mutating func track(_ kind: TokenKind, at position: SourcePosition) throws(Diagnostic) {
        let symbol: String
        switch kind {
        case .punctuation(let spelling), .reserved(let spelling): symbol = spelling
        default: return
        }
        if let closing = Self.closing(for: symbol) {
            stack.append(Opener(spelling: symbol == "%{" ? "{" : symbol, closing: closing, position: position))
        } else if Self.isCloser(symbol) {
            try close(symbol, at: position)
        }
    }

    /// Throws when something opened is still unclosed at the end of input (`position`).
    func finish(at position: SourcePosition) throws(Diagnostic) {
        guard let open = stack.last else { return }
        throw Diagnostic(
            kind: .tokenMissing,
            message: "missing terminator: \(open.closing) (for \"\(open.spelling)\" starting at line \(open.position.line))",
            position: position,
            hint: "the \"\(open.spelling)\" on line \(open.position.line) needs a matching \"\(open.closing)\"")
    }

    private static func closing(for symbol: String) -> String? {
        switch symbol {
        case "(": return ")"
        case "[": return "]"
        case "{", "%{": return "}"
        case "<<": return ">>"
        case "do", "fn": return "end"
        default: return nil
        }
    }

    private static func isCloser(_ symbol: String) -> Bool {
        switch symbol {
        case ")", "]", "}", ">>", "end": return true
        default: return false
        }
    }

    private mutating func close(_ symbol: String, at position: SourcePosition) throws(Diagnostic) {
        let what = symbol == "end" ? "unexpected reserved word: end" : "unexpected token: \(symbol)"
        guard let open = stack.popLast() else {
            throw Diagnostic(
                kind: .syntaxError, message: what, position: position,
                hint: "this `\(symbol)` closes nothing: look for an extra one or a missing opening",
                showsSnippet: symbol != "end")
        }
        guard open.closing == symbol else {
            throw Diagnostic(
                kind: .syntaxError,
                message: "\(what). The \"\(open.spelling)\" at line \(open.position.line) is missing terminator \"\(open.closing)\"",
                position: position,
                hint: "close the \"\(open.spelling)\" from line \(open.position.line) with \"\(open.closing)\" first",
                showsSnippet: false)
        }
    }
}
