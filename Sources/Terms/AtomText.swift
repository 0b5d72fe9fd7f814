/// How `inspect` writes atoms, following Elixir's `Macro.inspect_atom/2`:
/// `:ok`, `:"with space"`, `nil`, `Foo.Bar`, `:+`, `:foo?`, and as keyword keys
/// `ok:`, `"with space":`.
extension Atom {
    /// The atom as a literal: `:ok`, `nil`, `Foo.Bar`, `:"9a"`.
    public var inspectText: String {
        let text = name
        if self == .nil || self == .true || self == .false { return text }
        switch AtomClass.of(text) {
        case .alias: return Atom.aliasText(text)
        case .quotedOperator, .other: return ":\"" + TextEscape.escape(text, delimiter: "\"") + "\""
        case .identifier, .unquotedOperator, .notCallable: return ":" + text
        }
    }

    /// The atom as a keyword or map key, colon included: `ok:`, `"with space":`.
    public var keyText: String {
        let text = name
        switch AtomClass.of(text) {
        case .alias: return "\"" + text + "\":"
        case .quotedOperator, .other: return "\"" + TextEscape.escape(text, delimiter: "\"") + "\":"
        case .identifier, .unquotedOperator, .notCallable: return text + ":"
        }
    }

    /// Whether the atom is an alias name beginning with `Elixir.` (`Foo.Bar`),
    /// which keeps a list from printing as a keyword list.
    var isElixirAlias: Bool { name.hasPrefix("Elixir.") }

    /// `Foo.Bar` for `Elixir.Foo.Bar`; `Elixir` and `Elixir.Elixir...` stay as they are.
    private static func aliasText(_ text: String) -> String {
        if text == "Elixir" || text.hasPrefix("Elixir.Elixir") { return text }
        return String(text.dropFirst("Elixir.".count))
    }
}

/// The kinds of atom text that decide how it is quoted (`Macro.classify_atom/1`).
enum AtomClass {
    case alias, identifier, unquotedOperator, quotedOperator, notCallable, other

    /// Atoms that are AST node names or ambiguous in calls.
    private static let notCallableNames: Set<String> = ["%", "%{}", "{}", "<<>>", "...", "..", ".", "..//", "->"]

    /// Operators that must be quoted to be written as atoms.
    private static let quotedOperators: Set<String> = ["::", "^^^", "~~~", "<|>"]

    /// Every unary or binary operator name (`//` excepted, as in Elixir).
    private static let operators: Set<String> = [
        "&", "!", "^", "not", "+", "-", "~~~", "@",
        "<-", "\\\\", "when", "::", "|", "=", "||", "|||", "or", "&&", "&&&", "and",
        "==", "!=", "=~", "===", "!==", "<", "<=", ">=", ">",
        "|>", "<<<", ">>>", "<~", "~>", "<<~", "~>>", "<~>", "<|>", "in", "^^^",
        "++", "--", "..", "<>", "+++", "---", "*", "/", "**", ".",
    ]

    /// Classifies atom text.
    static func of(_ text: String) -> AtomClass {
        if notCallableNames.contains(text) { return .notCallable }
        if quotedOperators.contains(text) { return .quotedOperator }
        if operators.contains(text) { return .unquotedOperator }
        if isValidAlias(text) { return .alias }
        return IdentifierScan(text).classification
    }

    /// `Elixir` followed by any number of `.Upper[alnum_]*` pieces.
    private static func isValidAlias(_ text: String) -> Bool {
        guard text.hasPrefix("Elixir") else { return false }
        var bytes = text.utf8.dropFirst("Elixir".count)
        while let dot = bytes.first {
            guard dot == UInt8(ascii: "."), let upper = bytes.dropFirst().first, isAsciiUpper(upper) else {
                return false
            }
            bytes = bytes.dropFirst(2).drop(while: isAsciiWordByte)
        }
        return true
    }

    static func isAsciiUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
    static func isAsciiLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
    static func isAsciiWordByte(_ byte: UInt8) -> Bool {
        isAsciiUpper(byte) || isAsciiLower(byte) || (byte >= 48 && byte <= 57) || byte == 95
    }
}

/// Scans atom text as Elixir's identifier tokenizer does: a start character,
/// word characters and `@`, and optionally a final `?` or `!`.
private struct IdentifierScan {
    let classification: AtomClass

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let kind = IdentifierScan.kind(startingWith: first) else {
            classification = .other
            return
        }
        var index = 1
        var sawAt = false
        while index < scalars.count, IdentifierScan.continues(scalars[index]) {
            sawAt = sawAt || scalars[index] == "@"
            index += 1
        }
        if index < scalars.count, scalars[index] == "?" || scalars[index] == "!" { index += 1 }
        if index < scalars.count {
            classification = .other
        } else {
            classification = kind == .identifier && !sawAt ? .identifier : .notCallable
        }
    }

    /// `.identifier` for a lowercase or `_` start, `.alias` for an uppercase one, nil otherwise.
    private static func kind(startingWith scalar: Unicode.Scalar) -> AtomClass? {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            if AtomClass.isAsciiUpper(byte) { return .alias }
            return AtomClass.isAsciiLower(byte) || byte == 95 ? .identifier : nil
        }
        guard scalar.properties.isXIDStart else { return nil }
        let upper = scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
        return upper ? .alias : .identifier
    }

    /// Whether the scalar may continue an identifier (`@` included).
    private static func continues(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return AtomClass.isAsciiWordByte(UInt8(scalar.value)) || scalar == "@" }
        return scalar.properties.isXIDContinue
    }
}
