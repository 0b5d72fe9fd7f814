/// How Elixir's `inspect` spells atoms, strings and charlists.
enum InspectSpelling {
    /// Operator atoms that `inspect` prints without quotes.
    static let bareOperators: Set<String> = {
        var names = Set(OperatorTable.symbols)
        names.formUnion(["%{}", "{}", "<<>>", "%", "..//", "\\\\"])
        names.subtract(["::", "=>", "//", "~~~", "^^^", "<|>"])
        return names
    }()

    /// `inspect(atom)`: `:ok`, `:"a b"`, `:+`, `Kernel` (for `Elixir.Kernel`), `nil`, `true`.
    static func atom(_ name: String) -> String {
        if name == "nil" || name == "true" || name == "false" || name == "Elixir" { return name }
        if let alias = aliasName(name) { return alias }
        if isIdentifierAtom(name) || bareOperators.contains(name) { return ":" + name }
        return ":" + quoted(name, delimiter: "\"")
    }

    /// A keyword key as `inspect` prints it: `a:`, `+:`, `"a b":`.
    static func keywordKey(_ name: String) -> String {
        if aliasName(name) == nil, isIdentifierAtom(name) || bareOperators.contains(name) { return name + ":" }
        return quoted(name, delimiter: "\"") + ":"
    }

    /// True when a list of pairs with these atom keys prints as a keyword list.
    static func isKeywordKey(_ name: String) -> Bool {
        !name.hasPrefix("Elixir.")
    }

    /// The alias spelling (`Foo.Bar`) of an `Elixir.`-prefixed atom, if it is a valid alias.
    private static func aliasName(_ name: String) -> String? {
        guard name.hasPrefix("Elixir.") else { return nil }
        let rest = name.dropFirst("Elixir.".count)
        let segments = rest.split(separator: ".", omittingEmptySubsequences: false)
        let valid = segments.allSatisfy { segment in
            guard let first = segment.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
            return segment.unicodeScalars.allSatisfy { $0.isASCII && Lexer.isIdentifierContinue($0) }
        }
        return valid ? String(rest) : nil
    }

    /// True for atoms spelled like identifiers, which `inspect` prints without quotes.
    private static func isIdentifierAtom(_ name: String) -> Bool {
        var scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, Lexer.isIdentifierStart(first) else { return false }
        if let last = scalars.last, last == "?" || last == "!" { scalars.removeLast() }
        return scalars.allSatisfy { Lexer.isIdentifierContinue($0) || $0 == "@" }
    }

    /// `inspect(binary)`: a quoted string with escapes, or `<<...>>` bytes when not printable.
    static func string(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy(isPrintable) else {
            return "<<" + text.utf8.map { String($0) }.joined(separator: ", ") + ">>"
        }
        return quoted(text, delimiter: "\"")
    }

    /// `inspect` of a list of code points when it prints as a charlist, else nil.
    static func charlist(_ codes: [Int]) -> String? {
        var text = String.UnicodeScalarView()
        for code in codes {
            guard code >= 0, code != 0x7F, let scalar = Unicode.Scalar(UInt32(clamping: code)),
                isASCIIPrintable(scalar)
            else { return nil }
            text.append(scalar)
        }
        return quoted(String(text), delimiter: "'")
    }

    private static let namedEscapes: [Unicode.Scalar: String] = [
        "\n": "\\n", "\t": "\\t", "\r": "\\r", "\u{B}": "\\v", "\u{8}": "\\b", "\u{C}": "\\f",
        "\u{1B}": "\\e", "\u{7}": "\\a", "\u{7F}": "\\d", "\\": "\\\\",
    ]

    /// True for scalars a charlist may hold and still print as one.
    private static func isASCIIPrintable(_ scalar: Unicode.Scalar) -> Bool {
        (0x20...0x7E).contains(scalar.value) || namedEscapes[scalar] != nil
    }

    /// True for scalars a string may hold and still print as text.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIPrintable(scalar) || scalar.value >= 0xA0
    }

    /// `text` between `delimiter`s with Elixir's escapes (`\n`, `\"`, `\#{`, `\x01` ...).
    static func quoted(_ text: String, delimiter: Unicode.Scalar) -> String {
        var result = String(delimiter)
        let scalars = Array(text.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() {
            if let escape = namedEscapes[scalar] {
                result += escape
            } else if scalar == delimiter {
                result += "\\" + String(delimiter)
            } else if scalar == "#", offset + 1 < scalars.count, scalars[offset + 1] == "{" {
                result += "\\#"
            } else if scalar.value < 0x20 {
                result += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        result.unicodeScalars.append(delimiter)
        return result
    }
}
