import BigInt

/// Exact rounding of floats to whole numbers and to decimal places, as `Float.round/2`,
/// `Float.floor/2`, `Float.ceil/2`, `round/1` and `trunc/1` do it on the float's exact binary value.
public enum FloatRounding: Sendable {
    /// Which way a value between two candidates goes.
    public enum Mode: Sendable {
        /// To the nearest, halves away from zero.
        case halfUp
        /// Toward negative infinity.
        case down
        /// Toward positive infinity.
        case up
        /// Toward zero.
        case truncate
    }

    /// The whole number `value` rounds to, as an integer term.
    public static func integer(_ value: Double, _ mode: Mode) -> Term {
        .integer(scaledRounded(value, places: 0, mode))
    }

    /// `value` rounded to `places` decimal digits, as the nearest float.
    public static func float(_ value: Double, places: Int, _ mode: Mode) -> Double {
        let scaled = scaledRounded(value, places: places, mode)
        let result = Double("\(scaled)e-\(places)") ?? value
        return result == 0 && value.sign == .minus ? -0.0 : result
    }

    /// `value` written with exactly `places` decimal digits, its exact value rounded halves away
    /// from zero, as Erlang's `float_to_binary(value, decimals: places)` writes it (`-0.0` keeps its sign).
    public static func decimalText(_ value: Double, places: Int) -> String {
        var digits = String(scaledRounded(value, places: places, .halfUp).magnitude)
        if digits.count <= places { digits = String(repeating: "0", count: places + 1 - digits.count) + digits }
        let sign = value.sign == .minus ? "-" : ""
        guard places > 0 else { return sign + digits }
        let point = digits.index(digits.endIndex, offsetBy: -places)
        return sign + digits[..<point] + "." + digits[point...]
    }

    /// `value` as an exact fraction in lowest terms (`Float.ratio`).
    public static func ratio(_ value: Double) -> (Term, Term) {
        let (numerator, denominator) = exactFraction(value)
        let divisor = BigInt(numerator.magnitude.greatestCommonDivisor(with: denominator.magnitude))
        return (.integer(numerator / divisor), .integer(denominator / divisor))
    }

    /// `value * 10^places`, rounded to an integer by `mode`.
    private static func scaledRounded(_ value: Double, places: Int, _ mode: Mode) -> BigInt {
        let (numerator, denominator) = exactFraction(value)
        let scaled = numerator * BigInt(10).power(places)
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator)
        guard !remainder.isZero else { return quotient }
        let away = quotient + (scaled.sign == .minus ? -1 : 1)
        switch mode {
        case .truncate: return quotient
        case .down: return scaled.sign == .minus ? away : quotient
        case .up: return scaled.sign == .minus ? quotient : away
        case .halfUp: return remainder.magnitude * 2 >= denominator.magnitude ? away : quotient
        }
    }

    /// The float's exact value as numerator over a positive power-of-two denominator.
    private static func exactFraction(_ value: Double) -> (BigInt, BigInt) {
        guard value.isFinite, value != 0 else { return (0, 1) }
        let significand = BigInt(value.significandBitPattern | (value.isNormal ? 1 << 52 : 0))
        let exponent = Int(value.exponent) - 52 + (value.isNormal ? 0 : 1)
        let signed = value.sign == .minus ? -significand : significand
        return exponent >= 0 ? (signed << exponent, 1) : (signed, BigInt(1) << -exponent)
    }
}
