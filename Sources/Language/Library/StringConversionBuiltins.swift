import Terms

/// String functions that read numbers and atoms out of text, or check what text is.
enum StringConversionBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var string = BuiltinModule("Elixir.String")
        defineNumbers(&string)
        string.define("to_charlist", 1, StringBuiltins.unary { .list($0.unicodeScalars.map { .int(Int($0.value)) }) })
        string.define("valid?", 1) { (args, _) throws(GuestError) -> Term in
            if case .binary(let box) = args[0], !box.isBinary { return .false }
            return .bool(String(validating: try ArgumentChecks.binary(args[0]), as: UTF8.self) != nil)
        }
        string.define("printable?", 1) { (args, _) throws(GuestError) -> Term in
            guard let text = String(validating: try ArgumentChecks.binary(args[0]), as: UTF8.self) else { return .false }
            return .bool(text.unicodeScalars.allSatisfy(Printability.isPrintable))
        }
        return string.builtins
    }

    /// The integer `text` spells in `radix`, or an ArgumentError like `:erlang.binary_to_integer`.
    static func integer(_ text: String, radix: Int) throws(GuestError) -> Term {
        guard let value = NumberParsing.wholeInteger(text, radix: radix) else {
            throw ArgumentChecks.badArgument(1, "not a textual representation of an integer")
        }
        return value
    }

    private static func defineNumbers(_ string: inout BuiltinModule) {
        string.define("to_integer", 1) { (args, _) throws(GuestError) -> Term in
            try integer(try ArgumentChecks.string(args[0]), radix: 10)
        }
        string.define("to_integer", 2) { (args, _) throws(GuestError) -> Term in
            try integer(try ArgumentChecks.string(args[0]), radix: try ArgumentChecks.integer(args[1], position: 2))
        }
        string.define("to_float", 1) { (args, _) throws(GuestError) -> Term in
            let text = try ArgumentChecks.string(args[0])
            guard let (value, rest) = NumberParsing.float(Substring(text), requireFraction: true), rest.isEmpty else {
                throw ArgumentChecks.badArgument(1, "not a textual representation of a float")
            }
            return .float(value)
        }
    }
}

/// Which code points `String.printable?` accepts.
enum Printability {
    /// Whether `scalar` is printable: not a control character other than common whitespace escapes.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x09, 0x0B, 0x08, 0x0C, 0x1B, 0x07: return true
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

/// Reading numbers from the start of text, as `Integer.parse` and `Float.parse` do.
enum NumberParsing {
    /// The leading integer in `radix` and the text after it, or nil when there is none.
    static func integerPrefix(_ text: Substring, radix: Int) -> (Term, Substring)? {
        var digitsEnd = text.startIndex
        if let first = text.first, first == "-" || first == "+" { digitsEnd = text.index(after: digitsEnd) }
        let signEnd = digitsEnd
        while digitsEnd < text.endIndex, text[digitsEnd].isDigit(radix: radix) { digitsEnd = text.index(after: digitsEnd) }
        guard digitsEnd > signEnd else { return nil }
        let digits = text[text.startIndex..<digitsEnd].drop { $0 == "+" }
        guard let value = Term.integer(digits: digits, radix: radix) else { return nil }
        return (value, text[digitsEnd...])
    }

    /// The integer `text` spells entirely, or nil.
    static func wholeInteger(_ text: String, radix: Int) -> Term? {
        guard (2...36).contains(radix), let (value, rest) = integerPrefix(Substring(text), radix: radix), rest.isEmpty else { return nil }
        return value
    }

    /// The leading float (digits, optional fraction and exponent) and the text after it.
    static func float(_ text: Substring, requireFraction: Bool = false) -> (Double, Substring)? {
        guard let (_, afterWhole) = integerPrefix(text, radix: 10) else { return nil }
        var end = afterWhole.startIndex
        let fraction = digitRun(afterWhole, after: ".")
        if let fraction { end = fraction } else if requireFraction { return nil }
        if let exponent = exponentEnd(text[end...]) { end = exponent }
        guard let value = Double(String(text[text.startIndex..<end])), value.isFinite else { return nil }
        return (value, text[end...])
    }

    /// Where a run of digits following `marker` ends, or nil when `marker` and a digit do not start `text`.
    private static func digitRun(_ text: Substring, after marker: Character) -> Substring.Index? {
        guard text.first == marker else { return nil }
        let digits = text.dropFirst().prefix { $0.isDigit(radix: 10) }
        return digits.isEmpty ? nil : digits.endIndex
    }

    private static func exponentEnd(_ text: Substring) -> Substring.Index? {
        guard let first = text.first, first == "e" || first == "E" else { return nil }
        var rest = text.dropFirst()
        if let sign = rest.first, sign == "-" || sign == "+" { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isDigit(radix: 10) }
        return digits.isEmpty ? nil : digits.endIndex
    }
}

extension Character {
    /// Whether the character is a digit in `radix` (letters for digits above 9, either case).
    func isDigit(radix: Int) -> Bool {
        guard let value = hexDigitValue ?? letterDigitValue else { return false }
        return value < radix
    }

    private var letterDigitValue: Int? {
        guard isASCII, let ascii = asciiValue, isLetter else { return nil }
        return Int(ascii | 0x20) - Int(UInt8(ascii: "a")) + 10
    }
}
