/// Identifiers, aliases, keyword keys, reserved words, atoms and character literals.
extension Lexer {
    static let reservedWords: Set<String> = ["do", "end", "fn", "else", "after", "rescue", "catch"]
    static let literalAtoms: Set<String> = ["true", "false", "nil"]
    /// Every lowercase word that is not an ordinary identifier, with the token it becomes.
    static let specialWords: [String: TokenKind] = {
        var table: [String: TokenKind] = [:]
        for word in reservedWords { table[word] = .reserved(word) }
        for word in literalAtoms { table[word] = .atom(word) }
        for word in OperatorTable.words { table[word] = .operatorSymbol(word) }
        return table
    }()
    /// Operator-like atoms that `:` may introduce beyond the ordinary operators.
    static let specialAtoms = ["<<>>", "%{}", "..//", "{}", "%", "[]"]

    /// True for `a`-`z` and `A`-`Z`.
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value | 0x20
        return value >= 0x61 && value <= 0x7A
    }

    /// True for `0`-`9`.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// True for scalars that may start an identifier: letters and `_`.
    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x5F || isASCIILetter(scalar) }
        return scalar.properties.isAlphabetic
    }

    /// True for scalars that may continue an identifier: letters, digits and `_`.
    static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || isDigit(scalar)
    }

    /// True for scalars that start an alias.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Reads identifier scalars (and a trailing `?` or `!` when allowed) at `index`.
    func readIdentifier(allowingPunctuation: Bool) -> String {
        let start = index
        let end = scalars.count
        var cursor = start
        while cursor < end, Self.isIdentifierContinue(scalars[cursor]) { cursor += 1 }
        if allowingPunctuation, cursor < end, scalars[cursor] == "?" || scalars[cursor] == "!" { cursor += 1 }
        index = cursor
        return text(from: start)
    }

    /// The source text from scalar `start` up to `index`.
    func text(from start: Int) -> String {
        let end = index
        let count = end - start
        var isASCII = true
        for offset in start..<end where scalars[offset].value >= 0x80 { isASCII = false }
        guard isASCII else {
            var text = ""
            for offset in start..<end { text.unicodeScalars.append(scalars[offset]) }
            return text
        }
        return String(unsafeUninitializedCapacity: count) { bytes in
            for offset in 0..<count { bytes[offset] = UInt8(truncatingIfNeeded: scalars[start + offset].value) }
            return count
        }
    }

    /// True when a keyword-key colon (`:` not followed by another `:`) is at `index`.
    var atKeywordColon: Bool {
        peek() == ":" && peek(1) != ":"
    }

    /// Reads an identifier, alias, keyword key, reserved word or word operator.
    func lexWord() throws(Diagnostic) -> TokenKind {
        guard let first = peek() else { return .endOfFile }
        let start = position
        let isAlias = Self.isUppercase(first)
        let name = readIdentifier(allowingPunctuation: !isAlias)
        if atKeywordColon {
            index += 1
            try requireSpaceAfterKeyword(name, at: start)
            return .keywordKey(name)
        }
        if isAlias { return .alias(name) }
        guard let special = Self.specialWords[name] else { return .identifier(name) }
        if name == "not", let length = notInLength() {
            index += length
            return .operatorSymbol("not in")
        }
        return special
    }

    /// Elixir requires whitespace after a keyword key's colon (`a: 1`, never `a:1`).
    private func requireSpaceAfterKeyword(_ name: String, at start: SourcePosition) throws(Diagnostic) {
        guard let next = peek(), next != " ", next != "\t", next != "\n", next != "\r" else { return }
        throw Diagnostic(
            kind: .syntaxError, message: "keyword argument must be followed by space after: \(name):",
            position: start, hint: "write a space after the colon: `\(name): value`")
    }

    /// The number of scalars from `index` through `in` when ` in` follows `not`.
    private func notInLength() -> Int? {
        var offset = 0
        while let scalar = peek(offset), scalar == " " || scalar == "\t" { offset += 1 }
        guard offset > 0, peek(offset) == "i", peek(offset + 1) == "n" else { return nil }
        if let after = peek(offset + 2), Self.isIdentifierContinue(after) || after == ":" { return nil }
        return offset + 2
    }

    /// Reads `:name`, `:"quoted"`, `:+` or the operator `::`.
    func lexColon() throws(Diagnostic) -> TokenKind {
        if peek(1) == ":" {
            index += 2
            return .operatorSymbol("::")
        }
        guard let next = peek(1) else { throw unexpectedCharacter(":") }
        if next == "\"" {
            let start = position
            index += 2
            let parts = try lexQuotedContent(
                closing: "\"", mode: .escaped, missing: missingTerminator("\"", "atom", start))
            if parts.isEmpty { return .atom("") }
            if parts.count == 1, case .text(let text) = parts[0] { return .atom(text) }
            return .interpolatedAtom(parts)
        }
        if Self.isIdentifierStart(next) {
            index += 1
            var name = readIdentifier(allowingPunctuation: true)
            while peek() == "@" {
                index += 1
                name += "@" + readIdentifier(allowingPunctuation: true)
            }
            return .atom(name)
        }
        index += 1
        if let special = Self.specialAtoms.first(where: { matches(Array($0.unicodeScalars)) }), !(special == "%" && peek(1) == "{") {
            index += special.unicodeScalars.count
            return .atom(special)
        }
        if let symbol = matchOperator() {
            index += symbol.unicodeScalars.count
            return .atom(symbol)
        }
        index -= 1
        throw unexpectedCharacter(":")
    }

    /// Reads a character literal such as `?a` or `?\n` as its code point.
    func lexCharacter() throws(Diagnostic) -> TokenKind {
        guard let scalar = peek(1) else { throw unexpectedCharacter("?") }
        index += 1
        if scalar == "\\" {
            index += 1
            var text = String.UnicodeScalarView()
            try readEscape(into: &text)
            return .integer(Int(text.first?.value ?? 0))
        }
        if scalar == "\n" {
            consumeNewline()
        } else {
            index += 1
        }
        return .integer(Int(scalar.value))
    }
}
