/// Formats floats the way Erlang's shortest float printing (and so Elixir's `inspect`) does.
enum ErlangFloatFormat {
    /// The shortest round-tripping spelling of `value` in Erlang's style (`0.001`, `1.0e16`, `100.0`).
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let sign = value < 0 ? "-" : ""
        let (digits, exponent) = shortestDigits(abs(value))
        let fixed = fixedNotation(digits, exponent)
        let scientific = scientificNotation(digits, exponent)
        if exponent >= 0 { return sign + (exponent < 16 ? fixed : scientific) }
        return sign + (fixed.count <= scientific.count ? fixed : scientific)
    }

    /// The significant digits and the decimal exponent of the first digit (`1.5e3` gives `("15", 3)`).
    static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = "\(value)"
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = String(parts[0])
        let exponentShift = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = String(pieces[0])
        let fractionPart = pieces.count > 1 ? String(pieces[1]) : ""
        var all = integerPart + fractionPart
        var exponent = integerPart.count - 1 + exponentShift
        while all.hasPrefix("0"), all.count > 1 {
            all.removeFirst()
            exponent -= 1
        }
        while all.hasSuffix("0"), all.count > 1 { all.removeLast() }
        return (all, exponent)
    }

    /// Digits with a decimal point and no exponent (`0.001`, `100.0`).
    private static func fixedNotation(_ digits: String, _ exponent: Int) -> String {
        if exponent < 0 {
            return "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        let integerCount = exponent + 1
        if digits.count <= integerCount {
            return digits + String(repeating: "0", count: integerCount - digits.count) + ".0"
        }
        let split = digits.index(digits.startIndex, offsetBy: integerCount)
        return String(digits[..<split]) + "." + String(digits[split...])
    }

    /// One digit, a decimal point, the rest and an exponent (`1.2345e-4`).
    private static func scientificNotation(_ digits: String, _ exponent: Int) -> String {
        let first = String(digits.prefix(1))
        let rest = digits.count > 1 ? String(digits.dropFirst()) : "0"
        return first + "." + rest + "e" + String(exponent)
    }
}
