/// Strings, charlists, heredocs, quoted atoms and sigils, with escapes and interpolation.
extension Lexer {
    /// How the contents of a quoted literal are read.
    enum QuoteMode {
        /// Strings and charlists: escapes are applied and `#{}` interpolates.
        case escaped
        /// Lowercase sigils: `#{}` interpolates, escapes are kept as written.
        case rawInterpolating
        /// Uppercase sigils: everything is kept as written.
        case raw
    }

    /// What to report if a quoted literal never ends.
    struct MissingTerminator {
        let terminator: String
        let construct: String
        let startLine: Int
    }

    /// What to report if the literal starting at `start` never ends.
    func missingTerminator(_ terminator: String, _ construct: String, _ start: SourcePosition) -> MissingTerminator {
        MissingTerminator(terminator: terminator, construct: construct, startLine: start.line)
    }

    /// The `TokenMissingError` for a literal that reached the end of input.
    private func missingTerminatorError(_ missing: MissingTerminator) -> Diagnostic {
        Diagnostic(
            kind: .tokenMissing,
            message: "missing terminator: \(missing.terminator) (for \(missing.construct) starting at line \(missing.startLine))",
            position: position,
            hint: "the \(missing.construct) that starts on line \(missing.startLine) is never closed with \(missing.terminator)")
    }

    /// Reads `"..."`, a `"""` heredoc, or a quoted keyword key `"...":`.
    func lexDoubleQuoted() throws(Diagnostic) -> TokenKind {
        let start = position
        if peek(1) == "\"", peek(2) == "\"" {
            return .string(try lexHeredoc(delimiter: "\"", mode: .escaped))
        }
        index += 1
        let parts = try lexQuotedContent(closing: "\"", mode: .escaped, missing: missingTerminator("\"", "string", start))
        if atKeywordColon, let after = peek(1), after == " " || after == "\n" || after == "\t" {
            index += 1
            return .quotedKeywordKey(parts)
        }
        return .string(parts)
    }

    /// Reads `'...'` or a `'''` heredoc as a charlist.
    func lexSingleQuoted() throws(Diagnostic) -> TokenKind {
        let start = position
        if peek(1) == "'", peek(2) == "'" {
            return .charlist(try lexHeredoc(delimiter: "'", mode: .escaped))
        }
        index += 1
        return .charlist(try lexQuotedContent(closing: "'", mode: .escaped, missing: missingTerminator("'", "string", start)))
    }

    /// Reads a sigil such as `~w(a b)a`, `~r/x/i` or `~S"""` heredoc.
    func lexSigil() throws(Diagnostic) -> TokenKind {
        let start = position
        index += 1
        guard let letter = peek() else { return .endOfFile }
        index += 1
        let name = String(letter)
        let mode: QuoteMode = Self.isUppercase(letter) ? .raw : .rawInterpolating
        guard let opening = peek(), let closing = Self.sigilClosing(for: opening) else {
            index -= 2
            throw unexpectedCharacter("~")
        }
        let parts: [StringPart]
        if (opening == "\"" || opening == "'"), peek(1) == opening, peek(2) == opening {
            parts = try lexHeredoc(delimiter: opening, mode: mode)
        } else {
            index += 1
            parts = try lexQuotedContent(
                closing: closing, mode: mode, missing: missingTerminator(String(closing), "sigil ~\(name)\(opening)", start))
        }
        var modifiers = String.UnicodeScalarView()
        while let scalar = peek(), Self.isASCIILetter(scalar) {
            modifiers.append(scalar)
            index += 1
        }
        return .sigil(name: name, parts: parts, modifiers: String(modifiers))
    }

    /// The closing delimiter for a sigil opened with `opening`.
    private static func sigilClosing(for opening: Unicode.Scalar) -> Unicode.Scalar? {
        switch opening {
        case "(": return ")"
        case "[": return "]"
        case "{": return "}"
        case "<": return ">"
        case "/", "|", "\"", "'": return opening
        default: return nil
        }
    }

    /// Reads the contents of a one-line-delimited literal up to and including `closing`.
    func lexQuotedContent(closing: Unicode.Scalar, mode: QuoteMode, missing: MissingTerminator) throws(Diagnostic)
        -> [StringPart]
    {
        try lexQuotedBody(closing: closing, mode: mode, heredoc: nil, missing: missing)
    }

    /// Where a heredoc's body ends and how much indentation its lines lose.
    struct HeredocLayout {
        let bodyEnd: Int
        let indent: Int
    }

    /// Reads a `"""` or `'''` heredoc, removing the closing line's indentation from every line.
    private func lexHeredoc(delimiter: Unicode.Scalar, mode: QuoteMode) throws(Diagnostic) -> [StringPart] {
        let start = position
        let triple = String(repeating: String(delimiter), count: 3)
        let missing = missingTerminator(triple, "heredoc", start)
        index += 3
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\r" { index += 1 }
        guard peek() == "\n" else {
            throw Diagnostic(
                kind: .syntaxError,
                message: "heredoc allows only zero or more whitespace characters followed by a new line after \(triple)",
                position: start, hint: "start the heredoc's text on the line after the opening \(triple)")
        }
        consumeNewline()
        guard let layout = heredocLayout(delimiter: delimiter) else {
            consumeToEnd()
            throw missingTerminatorError(missing)
        }
        let parts = try lexQuotedBody(closing: delimiter, mode: mode, heredoc: layout, missing: missing)
        index = layout.bodyEnd + layout.indent + 3
        return parts
    }

    /// Finds the heredoc's closing line and its indentation.
    private func heredocLayout(delimiter: Unicode.Scalar) -> HeredocLayout? {
        var scan = index
        while scan < scalars.count {
            var cursor = scan
            while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
            if cursor + 2 < scalars.count, scalars[cursor] == delimiter, scalars[cursor + 1] == delimiter,
                scalars[cursor + 2] == delimiter
            {
                return HeredocLayout(bodyEnd: scan, indent: cursor - scan)
            }
            while cursor < scalars.count, scalars[cursor] != "\n" { cursor += 1 }
            scan = cursor + 1
        }
        return nil
    }

    /// Moves to the end of input, counting lines.
    private func consumeToEnd() {
        while let scalar = peek() {
            if scalar == "\n" { consumeNewline() } else { index += 1 }
        }
    }

    /// Skips up to `indent` spaces or tabs at the start of a heredoc line.
    private func skipIndent(_ indent: Int) {
        var skipped = 0
        while skipped < indent, let scalar = peek(), scalar == " " || scalar == "\t" {
            index += 1
            skipped += 1
        }
    }

    /// Reads literal contents into text and interpolation parts.
    private func lexQuotedBody(
        closing: Unicode.Scalar, mode: QuoteMode, heredoc: HeredocLayout?, missing: MissingTerminator
    ) throws(Diagnostic) -> [StringPart] {
        var parts: [StringPart] = []
        var text = String.UnicodeScalarView()
        if let heredoc { skipIndent(heredoc.indent) }
        while true {
            if let heredoc, index >= heredoc.bodyEnd { break }
            guard let scalar = peek() else { throw missingTerminatorError(missing) }
            if heredoc == nil, scalar == closing {
                index += 1
                break
            }
            switch scalar {
            case "\n":
                text.append(scalar)
                consumeNewline()
                if let heredoc { skipIndent(heredoc.indent) }
            case "\\":
                let joinedLines = try lexBackslash(mode: mode, closing: heredoc == nil ? closing : nil, into: &text)
                if joinedLines, let heredoc { skipIndent(heredoc.indent) }
            case "#" where peek(1) == "{" && mode != .raw:
                if !text.isEmpty { parts.append(.text(String(text))) }
                text = String.UnicodeScalarView()
                parts.append(try lexInterpolation())
            default:
                text.append(scalar)
                index += 1
            }
        }
        if !text.isEmpty { parts.append(.text(String(text))) }
        if heredoc != nil { return Self.paddedHeredocParts(parts) }
        return parts
    }

    /// Elixir keeps an empty text part before a heredoc's leading interpolation and after a trailing one.
    private static func paddedHeredocParts(_ parts: [StringPart]) -> [StringPart] {
        guard parts.contains(where: { if case .interpolation = $0 { return true } else { return false } }) else {
            return parts
        }
        var padded = parts
        if case .interpolation = padded.first { padded.insert(.text(""), at: 0) }
        if case .interpolation = padded.last { padded.append(.text("")) }
        return padded
    }

    /// Reads a backslash and what it escapes into `text`; true when that was a line break.
    private func lexBackslash(mode: QuoteMode, closing: Unicode.Scalar?, into text: inout String.UnicodeScalarView)
        throws(Diagnostic) -> Bool
    {
        guard let next = peek(1) else {
            index += 1
            return false
        }
        if next == "\n" {
            if mode != .escaped { text += ["\\", "\n"] }
            index += 1
            consumeNewline()
            return true
        }
        if mode == .escaped {
            index += 1
            try readEscape(into: &text)
            return false
        }
        if next != closing { text.append("\\") }
        text.append(next)
        index += 2
        return false
    }

    /// Reads the tokens of one `#{...}`.
    private func lexInterpolation() throws(Diagnostic) -> StringPart {
        let start = position
        guard nesting < Self.maximumNesting else {
            throw Diagnostic(
                kind: .syntaxError, message: "string interpolations nest too deeply", position: start,
                hint: "proctor allows at most \(Self.maximumNesting) interpolations inside one another")
        }
        nesting += 1
        defer { nesting -= 1 }
        index += 2
        var tokens: [Token] = []
        var unchecked: TerminatorCheck?
        try lexTokens(into: &tokens, untilClosingBrace: true, terminators: &unchecked)
        tokens.append(Token(kind: .endOfFile, position: position, spaceBefore: true))
        return .interpolation(tokens, start)
    }

    /// Reads one escape sequence (the backslash already consumed) into `text`.
    func readEscape(into text: inout String.UnicodeScalarView) throws(Diagnostic) {
        guard let scalar = peek() else { return }
        index += 1
        switch scalar {
        case "n": text.append("\n")
        case "t": text.append("\t")
        case "r": text.append("\r")
        case "s": text.append(" ")
        case "0": text.append("\u{0}")
        case "a": text.append("\u{7}")
        case "b": text.append("\u{8}")
        case "d": text.append("\u{7F}")
        case "e": text.append("\u{1B}")
        case "f": text.append("\u{C}")
        case "v": text.append("\u{B}")
        case "x": appendCodePoint(readHex(maximum: 2, braced: peek() == "{"), to: &text)
        case "u": appendCodePoint(readHex(maximum: peek() == "{" ? 6 : 4, braced: peek() == "{"), to: &text)
        default: text.append(scalar)
        }
    }

    /// Reads up to `maximum` hexadecimal digits (inside braces when `braced`).
    private func readHex(maximum: Int, braced: Bool) -> UInt32 {
        if braced { index += 1 }
        var value: UInt32 = 0
        var count = 0
        while count < maximum, let scalar = peek(), let digit = Self.digitValue(scalar) {
            value = value * 16 + UInt32(digit)
            index += 1
            count += 1
        }
        if braced, peek() == "}" { index += 1 }
        return value
    }

    /// Appends the scalar for `value`, or U+FFFD when it is not one.
    private func appendCodePoint(_ value: UInt32, to text: inout String.UnicodeScalarView) {
        text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
}
