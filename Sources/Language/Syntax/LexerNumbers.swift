/// Integer and float literals: `1_000`, `0x1F`, `0o17`, `0b101`, `1.0e-3`.
extension Lexer {
    /// Reads a number literal starting at `index`.
    func lexNumber() throws(Diagnostic) -> TokenKind {
        let start = position
        let startIndex = index
        if peek() == "0", let marker = peek(1), let radix = Self.radix(for: marker),
            let first = peek(2), Self.isDigit(first, radix: radix)
        {
            index += 2
            let digits = readDigits(radix: radix)
            try rejectLetterAfterNumber(startIndex: startIndex, start: start)
            return Self.integerToken(digits, radix: radix)
        }
        var text = readDigits(radix: 10)
        var isFloat = false
        if peek() == ".", let next = peek(1), Self.isDigit(next) {
            index += 1
            text += "." + readDigits(radix: 10)
            isFloat = true
            if let marker = peek(), marker == "e" || marker == "E", let exponent = exponentText() {
                text += exponent
            }
        }
        try rejectLetterAfterNumber(startIndex: startIndex, start: start)
        if isFloat { return .float(Double(text) ?? 0) }
        return Self.integerToken(text, radix: 10)
    }

    /// Reads a decimal integer (used after `&`).
    func lexDecimalDigits() -> Int {
        Int(readDigits(radix: 10)) ?? Int.max
    }

    /// The radix a `0x`, `0o` or `0b` prefix letter selects.
    private static func radix(for marker: Unicode.Scalar) -> Int? {
        switch marker {
        case "x": return 16
        case "o": return 8
        case "b": return 2
        default: return nil
        }
    }

    /// True when `scalar` is a digit of `radix`.
    private static func isDigit(_ scalar: Unicode.Scalar, radix: Int) -> Bool {
        guard let value = digitValue(scalar) else { return false }
        return value < radix
    }

    /// The value of a hexadecimal digit scalar, if it is one.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        let value = Int(scalar.value)
        switch value {
        case 0x30...0x39: return value - 0x30
        case 0x41...0x46: return value - 0x41 + 10
        case 0x61...0x66: return value - 0x61 + 10
        default: return nil
        }
    }

    /// Reads digits of `radix`, allowing single underscores between digits.
    private func readDigits(radix: Int) -> String {
        var digits = String.UnicodeScalarView()
        while let scalar = peek() {
            if Self.isDigit(scalar, radix: radix) {
                digits.append(scalar)
                index += 1
            } else if scalar == "_", let next = peek(1), Self.isDigit(next, radix: radix) {
                index += 1
            } else {
                break
            }
        }
        return String(digits)
    }

    /// Reads `e-3` style exponents, or nothing when no digits follow.
    private func exponentText() -> String? {
        var offset = 1
        var text = "e"
        if let sign = peek(offset), sign == "+" || sign == "-" {
            text.unicodeScalars.append(sign)
            offset += 1
        }
        guard let first = peek(offset), Self.isDigit(first) else { return nil }
        index += offset
        return text + readDigits(radix: 10)
    }

    /// Fails, as Elixir does, when a letter follows a number directly (`12abc`).
    private func rejectLetterAfterNumber(startIndex: Int, start: SourcePosition) throws(Diagnostic) {
        guard let scalar = peek(), Self.isIdentifierStart(scalar) else { return }
        let number = text(from: startIndex)
        throw Diagnostic(
            kind: .syntaxError,
            message: "invalid character \"\(scalar)\" after number \(number). If you intended to write a number, "
                + "make sure to separate the number from the character (using comma, space, etc). "
                + "If you meant to write a function name or a variable, note that identifiers in Elixir "
                + "cannot start with numbers. Unexpected token: \(scalar)",
            position: start,
            hint: "numbers are digits only (`1_000`, `0x1F`, `1.5e3`); names cannot start with a digit")
    }

    /// An integer token; a value beyond 64 bits keeps its digits as written (with `0x`, `0o` or
    /// `0b` before them for those bases) for `Term.integer(literal:)` to convert.
    static func integerToken(_ digits: String, radix: Int) -> TokenKind {
        if let value = Int(digits, radix: radix) { return .integer(value) }
        let prefixes = [16: "0x", 8: "0o", 2: "0b"]
        return .bigInteger((prefixes[radix] ?? "") + digits)
    }
}
