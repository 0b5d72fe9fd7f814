/// Checks that brackets and `do`/`fn` ... `end` pair up, reporting as Elixir's tokenizer does.
enum TerminatorCheck {
    private struct Opener {
        let spelling: String
        let closing: String
        let position: SourcePosition
    }

    /// Throws the first unmatched or missing terminator in `tokens` (which end with `.endOfFile`).
    static func check(_ tokens: [Token]) throws(Diagnostic) {
        var stack: [Opener] = []
        for token in tokens {
            switch token.kind {
            case .punctuation(let symbol), .reserved(let symbol):
                if let closing = closing(for: symbol) {
                    let spelling = symbol == "%{" ? "{" : symbol
                    stack.append(Opener(spelling: spelling, closing: closing, position: token.position))
                } else if isCloser(symbol) {
                    try close(symbol, at: token, stack: &stack)
                }
            case .endOfFile:
                if let open = stack.last { throw missing(open, at: token.position) }
            default:
                continue
            }
        }
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

    private static func close(_ symbol: String, at token: Token, stack: inout [Opener]) throws(Diagnostic) {
        let what = symbol == "end" ? "unexpected reserved word: end" : "unexpected token: \(symbol)"
        guard let open = stack.popLast() else {
            throw Diagnostic(
                kind: .syntaxError, message: what, position: token.position,
                hint: "this `\(symbol)` closes nothing: look for an extra one or a missing opening")
        }
        guard open.closing == symbol else {
            throw Diagnostic(
                kind: .syntaxError,
                message: "\(what). The \"\(open.spelling)\" at line \(open.position.line) is missing terminator \"\(open.closing)\"",
                position: token.position,
                hint: "close the \"\(open.spelling)\" from line \(open.position.line) with \"\(open.closing)\" first")
        }
    }

    private static func missing(_ open: Opener, at position: SourcePosition) -> Diagnostic {
        Diagnostic(
            kind: .tokenMissing,
            message: "missing terminator: \(open.closing) (for \"\(open.spelling)\" starting at line \(open.position.line))",
            position: position,
            hint: "the \"\(open.spelling)\" on line \(open.position.line) needs a matching \"\(open.closing)\"")
    }
}
