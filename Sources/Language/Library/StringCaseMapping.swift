import Terms

/// `String.upcase/2`, `downcase/2` and `capitalize/2`: the `:default`, `:ascii`, `:greek` and
/// `:turkic` modes of Elixir 1.14.
enum StringCaseMapping {
    /// The modes a case function accepts.
    enum Mode: String {
        case `default`, ascii, greek, turkic
    }

    /// The builtins of the two-argument case functions, for `StringBuiltins`.
    static func define(_ string: inout BuiltinModule) {
        let conversions: [(String, @Sendable (String, Mode) -> String)] = [
            ("upcase", upcase), ("downcase", downcase), ("capitalize", capitalize),
        ]
        for (name, convert) in conversions {
            string.define(name, 2) { (args, _) throws(GuestError) -> Term in
                guard case .atom(let atom) = args[1], let mode = Mode(rawValue: atom.name), case .binary = args[0] else {
                    throw clauseError(name, args)
                }
                return .string(convert(try ArgumentChecks.string(args[0]), mode))
            }
        }
    }

    /// The text in upper case.
    static func upcase(_ text: String, _ mode: Mode) -> String {
        switch mode {
        case .ascii: return mapASCII(text, from: "a"..."z", offset: -32)
        case .turkic: return text.unicodeScalars.map { $0 == "i" ? "\u{130}" : String($0).uppercased() }.joined()
        case .default, .greek: return text.uppercased()
        }
    }

    /// The text in lower case; Σ becomes ς at the end of a word only in `:greek` mode.
    static func downcase(_ text: String, _ mode: Mode) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            switch (mode, scalar) {
            case (.ascii, _): result += mapASCII(String(scalar), from: "A"..."Z", offset: 32)
            case (.turkic, "I"): result += "\u{131}"
            case (.turkic, "\u{130}"): result += "i"
            case (.greek, "\u{3A3}") where endsWord(scalars, at: index): result += "\u{3C2}"
            case (_, "\u{3A3}"): result += "\u{3C3}"
            default: result += String(scalar).lowercased()
            }
        }
        return result
    }

    /// The first grapheme in title case (upper case here) and the rest in lower case.
    static func capitalize(_ text: String, _ mode: Mode) -> String {
        guard let first = text.first else { return "" }
        return upcase(String(first), mode) + downcase(String(text.dropFirst()), mode)
    }

    private static func endsWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let before = index > 0 && scalars[index - 1].properties.isAlphabetic
        let after = index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic
        return before && !after
    }

    private static func mapASCII(_ text: String, from range: ClosedRange<Unicode.Scalar>, offset: Int) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            range.contains(scalar) ? Unicode.Scalar(UInt8(Int(scalar.value) + offset)) : scalar
        }))
    }

    private static func clauseError(_ name: String, _ args: Arguments) -> GuestError {
        .exception("FunctionClauseError", [
            ("module", .atom("Elixir.String")), ("function", .atom(name)), ("arity", .int(2)),
            ("kind", .atom("def")), ("args", .list([args[0], args[1]])), ("clauses", .nil),
        ])
    }
}
