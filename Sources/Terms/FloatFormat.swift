/// Float text as Elixir 1.14 (on OTP 25) prints it: whole numbers below 1.0e16
/// as `2.0` or `1000000000000000.0`; otherwise the shortest digits that read
/// back as the same float, in plain form (`0.0001`) or exponent form (`1.2e-4`),
/// whichever is shorter (plain on a tie), always exponent form from 1.0e16 up.
public enum FloatFormat {
    /// The text OTP's `float_to_list(value, [:short])` gives, which Erlang's `~w` and `~p`
    /// print: the shortest digits in plain or exponent form, whichever is shorter (`1.0e10`).
    public static func erlangText(_ value: Double) -> String {
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let (digits, point) = shortestDigits(value.magnitude)
        let plain = plainForm(digits, point)
        let scientific = scientificForm(digits, point)
        return (value < 0 ? "-" : "") + (plain.utf8.count <= scientific.utf8.count ? plain : scientific)
    }

    /// The text `inspect` and `to_string` give for `value`.
    static func text(_ value: Double) -> String {
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        if magnitude >= 1, magnitude < 1.0e16, magnitude.rounded(.towardZero) == magnitude {
            return sign + String(Int(magnitude)) + ".0"
        }
        let (digits, point) = shortestDigits(magnitude)
        let scientific = scientificForm(digits, point)
        if magnitude >= 1.0e16 { return sign + scientific }
        let plain = plainForm(digits, point)
        return sign + (plain.utf8.count <= scientific.utf8.count ? plain : scientific)
    }

    /// The shortest round-trip digits of a positive float, without leading or
    /// trailing zeros, and `point` such that the value is `0.digits × 10^point`.
    static func shortestDigits(_ value: Double) -> (digits: [UInt8], point: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        let whole = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        var digits = mantissa.utf8.filter { $0 != UInt8(ascii: ".") }
        let leadingZeros = digits.prefix { $0 == UInt8(ascii: "0") }.count
        digits.removeFirst(leadingZeros)
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, whole.utf8.count - leadingZeros + exponent)
    }

    /// `0.000ddd`, `dd.ddd` or `ddd000.0`.
    private static func plainForm(_ digits: [UInt8], _ point: Int) -> String {
        let text = String(decoding: digits, as: UTF8.self)
        if point <= 0 { return "0." + String(repeating: "0", count: -point) + text }
        if point < digits.count {
            let split = text.index(text.startIndex, offsetBy: point)
            return text[..<split] + "." + text[split...]
        }
        return text + String(repeating: "0", count: point - digits.count) + ".0"
    }

    /// `d.ddde±x`, with `d.0ex` for a single digit.
    private static func scientificForm(_ digits: [UInt8], _ point: Int) -> String {
        let text = String(decoding: digits, as: UTF8.self)
        let rest = text.dropFirst()
        return text.prefix(1) + "." + (rest.isEmpty ? "0" : rest) + "e" + String(point - 1)
    }
}
