import Terms

/// Erlang's `io:format` control sequences, `~[-][width][.precision[.pad]][t]control`, applied
/// to a list of arguments: `~p ~w ~s ~c ~B ~b ~X ~x ~# ~+ ~f ~e ~g ~i ~n ~~` (and `~P`/`~W`,
/// whose depth argument proctor takes but does not apply).
struct ErlangFormat {
    /// Why a format could not be applied, in the words of the BEAM's ArgumentError.
    enum Failure: Error {
        case wrongArgumentCount
        case invalidControl(Character)
        /// The argument at `position` (from one) is not of `type` for its control.
        case badArgument(position: Int, type: String)
    }

    private struct Control {
        var leftAligned = false
        var width: Int?
        var precision: Int?
        var pad: Character = " "
        var unicode = false
        var letter: Character = "~"
    }

    /// One piece of the output: characters written as they are (the format's own, `~n`, `~~`,
    /// `~c`, and nothing for `~i`), or the text of a control that writes a term or a string.
    enum Piece {
        case characters(String)
        case field(String)

        var text: String {
            switch self {
            case .characters(let text), .field(let text): return text
            }
        }
    }

    /// The pieces `format` gives with `arguments`, in order.
    static func pieces(_ format: String, _ arguments: [Term]) throws(Failure) -> [Piece] {
        var output: [Piece] = []
        var remaining = arguments[...]
        var characters = format[...]
        while let character = characters.popFirst() {
            guard character == "~" else {
                output.append(.characters(String(character)))
                continue
            }
            let control = try readControl(&characters, &remaining)
            let text = try render(control, &remaining)
            output.append("~nci".contains(control.letter) ? .characters(text) : .field(text))
        }
        guard remaining.isEmpty else { throw .wrongArgumentCount }
        return output
    }

    private static func readControl(_ characters: inout Substring, _ remaining: inout ArraySlice<Term>) throws(Failure) -> Control {
        var control = Control()
        if characters.first == "-" {
            control.leftAligned = true
            characters.removeFirst()
        }
        control.width = try number(&characters, &remaining)
        if characters.first == "." {
            characters.removeFirst()
            control.precision = try number(&characters, &remaining)
            if characters.first == "." {
                characters.removeFirst()
                guard let pad = characters.popFirst() else { throw .invalidControl("~") }
                control.pad = pad
            }
        }
        while let modifier = characters.first, modifier == "t" || modifier == "l" {
            control.unicode = control.unicode || modifier == "t"
            characters.removeFirst()
        }
        guard let letter = characters.popFirst() else { throw .invalidControl("~") }
        control.letter = letter
        return control
    }

    /// A width or precision: digits, or `*` for the next argument.
    private static func number(_ characters: inout Substring, _ remaining: inout ArraySlice<Term>) throws(Failure) -> Int? {
        if characters.first == "*" {
            characters.removeFirst()
            let position = remaining.startIndex + 1
            guard case .int(let value) = try next(&remaining) else { throw .badArgument(position: position, type: "integer") }
            return value
        }
        let digits = characters.prefix { $0.isASCII && $0.isNumber }
        characters.removeFirst(digits.count)
        return digits.isEmpty ? nil : Int(digits)
    }

    private static func next(_ remaining: inout ArraySlice<Term>) throws(Failure) -> Term {
        guard let argument = remaining.popFirst() else { throw .wrongArgumentCount }
        return argument
    }

    private static func render(_ control: Control, _ remaining: inout ArraySlice<Term>) throws(Failure) -> String {
        let position = remaining.startIndex + 1
        switch control.letter {
        case "~": return padded("~", control)
        case "n": return "\n"
        case "c":
            guard case .int(let code) = try next(&remaining), let scalar = Unicode.Scalar(UInt32(clamping: max(code, 0))) else {
                throw .badArgument(position: position, type: "integer")
            }
            return String(repeating: String(Character(scalar)), count: control.width ?? 1)
        case "s":
            guard let text = string(try next(&remaining), precision: control.precision) else { throw .badArgument(position: position, type: "string") }
            return padded(text, control)
        case "w", "p", "W", "P":
            let term = try next(&remaining)
            if control.letter == "W" || control.letter == "P" { _ = try next(&remaining) }
            let writer = ErlangTermText(pretty: control.letter == "p" || control.letter == "P", unicode: control.unicode)
            return padded(writer.text(term), control)
        case "i":
            _ = try next(&remaining)
            return ""
        case "B", "b", "X", "x", "#", "+": return try integer(control, &remaining, position: position)
        case "f", "e", "g":
            guard case .float(let value) = try next(&remaining) else { throw .badArgument(position: position, type: "float") }
            return float(control, value)
        default: throw .invalidControl(control.letter)
        }
    }

    private static func padded(_ text: String, _ control: Control) -> String {
        guard let width = control.width else { return text }
        let count = text.count
        if count >= width { return control.letter == "s" ? String(text.prefix(width)) : String(repeating: "*", count: width) }
        let padding = String(repeating: control.pad, count: width - count)
        return control.leftAligned ? text + padding : padding + text
    }

    /// The text `~s` prints: a binary, an atom, or a chardata list (nil for anything else).
    private static func string(_ term: Term, precision: Int?) -> String? {
        let text: String
        if case .atom(let atom) = term {
            text = atom.name
        } else {
            guard case .success(let chardata) = term.toDisplayString() else { return nil }
            text = chardata
        }
        return precision.map { String(text.prefix($0)) } ?? text
    }

    private static func integer(_ control: Control, _ remaining: inout ArraySlice<Term>, position: Int) throws(Failure) -> String {
        let term = try next(&remaining)
        var prefix = ""
        if control.letter == "X" || control.letter == "x" {
            guard let text = string(try next(&remaining), precision: nil) else { throw .badArgument(position: position + 1, type: "string") }
            prefix = text
        }
        let base = control.precision ?? 10
        guard (2...36).contains(base), let magnitude = Self.digits(term, base: base) else { throw .badArgument(position: position, type: "integer") }
        let lower = control.letter == "b" || control.letter == "x" || control.letter == "+"
        var digits = lower ? magnitude.digits.lowercased() : magnitude.digits
        if control.letter == "#" || control.letter == "+" { digits = "\(base)#" + digits }
        return padded((magnitude.negative ? "-" : "") + prefix + digits, Control(leftAligned: control.leftAligned, width: control.width, pad: control.pad, letter: "B"))
    }

    private static func digits(_ term: Term, base: Int) -> (negative: Bool, digits: String)? {
        switch term {
        case .int(let value): return (value < 0, String(value.magnitude, radix: base, uppercase: true))
        case .bigInt(let box): return (box.value.signum() < 0, String(box.value.magnitude, radix: base, uppercase: true))
        default: return nil
        }
    }

    /// `~f` (fixed, 6 decimals), `~e` (exponent, 6 significant digits) and `~g` (`~f` with as
    /// many significant digits for 0.1 <= |x| < 10^(precision - 1), else `~e`).
    private static func float(_ control: Control, _ value: Double) -> String {
        let precision = control.precision ?? 6
        let text: String
        if control.letter == "f" {
            text = FloatRounding.decimalText(value, places: precision)
        } else if control.letter == "g", value.magnitude >= 0.1, value.magnitude < pow10(precision - 1) {
            text = FloatRounding.decimalText(value, places: max(precision - 1 - decimalExponent(value), 0))
        } else {
            text = exponentText(value, significant: precision)
        }
        return padded(text, Control(leftAligned: control.leftAligned, width: control.width, pad: control.pad, letter: "f"))
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// `1.50000e+0`: `significant` digits and the exponent with its sign.
    private static func exponentText(_ value: Double, significant: Int) -> String {
        let digits = max(significant, 2)
        guard value != 0 else { return "0." + String(repeating: "0", count: digits - 1) + "e+0" }
        var exponent = decimalExponent(value)
        var mantissa = FloatRounding.decimalText(value / pow10Signed(exponent), places: digits - 1)
        if mantissa.hasPrefix("10.") || mantissa.hasPrefix("-10.") {
            exponent += 1
            mantissa = FloatRounding.decimalText(value / pow10Signed(exponent), places: digits - 1)
        }
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String(exponent.magnitude)
    }

    /// The power of ten of `value`'s first digit (0 for 2.5, 2 for 123.0, -1 for 0.25).
    private static func decimalExponent(_ value: Double) -> Int {
        var exponent = 0
        var scaled = value.magnitude
        while scaled >= 10 {
            scaled /= 10
            exponent += 1
        }
        while scaled < 1, scaled > 0 {
            scaled *= 10
            exponent -= 1
        }
        return exponent
    }

    private static func pow10Signed(_ exponent: Int) -> Double {
        exponent >= 0 ? pow10(exponent) : 1 / pow10(-exponent)
    }
}
