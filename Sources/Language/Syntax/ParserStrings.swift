/// String-like literals: binaries, charlists, sigils and quoted atoms, with interpolation.
extension Parser {
    /// A string literal, or `{:<<>>, meta, segments}` when it interpolates.
    func stringNode(_ parts: [StringPart], at position: SourcePosition) throws(Diagnostic) -> SyntaxNode {
        if let text = Self.plainTextIfLiteral(parts) { return SyntaxNode(.string(text), at: position) }
        return .call("<<>>", try binarySegments(parts, at: position), at: position)
    }

    /// A charlist literal (a list of code points), or `List.to_charlist([...])` when it interpolates.
    func charlistNode(_ parts: [StringPart], at position: SourcePosition) throws(Diagnostic) -> SyntaxNode {
        if let text = Self.plainTextIfLiteral(parts) {
            let codes = text.unicodeScalars.map { SyntaxNode(.integer(Int($0.value)), at: position) }
            return SyntaxNode(.list(codes), at: position)
        }
        var pieces: [SyntaxNode] = []
        for part in parts {
            switch part {
            case .text(let text):
                pieces.append(SyntaxNode(.string(text), at: position))
            case .interpolation(let tokens, let start):
                let expression = try parseInterpolation(tokens, at: start)
                pieces.append(.remoteCall(.atom("Elixir.Kernel", at: start), "to_string", [expression], at: start))
            }
        }
        let list = SyntaxNode.atom("Elixir.List", at: position)
        return .remoteCall(list, "to_charlist", [SyntaxNode(.list(pieces), at: position)], at: position)
    }

    /// A sigil call `{:sigil_x, meta, [{:<<>>, meta, segments}, modifiers]}`.
    func sigilNode(_ name: String, _ parts: [StringPart], _ modifiers: String, at position: SourcePosition)
        throws(Diagnostic) -> SyntaxNode
    {
        let segments = parts.isEmpty ? [SyntaxNode(.string(""), at: position)] : try binarySegments(parts, at: position)
        let letters = modifiers.unicodeScalars.map { SyntaxNode(.integer(Int($0.value)), at: position) }
        let content = SyntaxNode.call("<<>>", segments, at: position)
        return .call("sigil_" + name, [content, SyntaxNode(.list(letters), at: position)], at: position)
    }

    /// An interpolated atom `:"a#{b}"` as `:erlang.binary_to_atom(<<...>>, :utf8)`.
    func interpolatedAtomNode(_ parts: [StringPart], at position: SourcePosition) throws(Diagnostic) -> SyntaxNode {
        let binary = SyntaxNode.call("<<>>", try binarySegments(parts, at: position), at: position)
        return .remoteCall(.atom("erlang", at: position), "binary_to_atom", [binary, .atom("utf8", at: position)], at: position)
    }

    /// The text of `parts` when it has no interpolation; otherwise a syntax error.
    func plainText(_ parts: [StringPart], at position: SourcePosition) throws(Diagnostic) -> String {
        guard let text = Self.plainTextIfLiteral(parts) else {
            throw Diagnostic(
                kind: .syntaxError, message: "interpolation is not allowed here", position: position,
                hint: "proctor does not support interpolation in keyword keys")
        }
        return text
    }

    /// The joined text when there is no interpolation.
    private static func plainTextIfLiteral(_ parts: [StringPart]) -> String? {
        var text = ""
        for part in parts {
            guard case .text(let piece) = part else { return nil }
            text += piece
        }
        return text
    }

    /// The segments of `{:<<>>, meta, segments}` for string-like parts.
    private func binarySegments(_ parts: [StringPart], at position: SourcePosition) throws(Diagnostic) -> [SyntaxNode] {
        var segments: [SyntaxNode] = []
        for part in parts {
            switch part {
            case .text(let text):
                segments.append(SyntaxNode(.string(text), at: position))
            case .interpolation(let tokens, let start):
                segments.append(.interpolationSegment(try parseInterpolation(tokens, at: start), at: start))
            }
        }
        return segments
    }

    /// Parses the tokens of one `#{...}` into a block.
    private func parseInterpolation(_ tokens: [Token], at position: SourcePosition) throws(Diagnostic) -> SyntaxNode {
        let inner = Parser(tokens: tokens, depth: depth + 1)
        try inner.enterNesting()
        return try inner.parseProgram()
    }
}
