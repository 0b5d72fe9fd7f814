import BigInt

/// Integer functions that need exact big-integer arithmetic (`Integer.pow`, `Integer.mod`, bases, bits).
extension Term {
    /// `base` raised to the non-negative integer `exponent`; nil unless both are integers and `exponent >= 0`.
    public static func integerPower(_ base: Term, _ exponent: Term) -> Term? {
        guard let value = base.bigIntegerValue, case .int(let power) = exponent, power >= 0 else { return nil }
        return .integer(value.power(power))
    }

    /// `Integer.mod`: the remainder with the sign of the divisor; nil for a zero divisor or non-integers.
    public static func flooredModulo(_ lhs: Term, _ rhs: Term) -> Term? {
        guard let a = lhs.bigIntegerValue, let b = rhs.bigIntegerValue, !b.isZero else { return nil }
        let remainder = a % b
        return .integer(!remainder.isZero && (remainder.sign != b.sign) ? remainder + b : remainder)
    }

    /// `Integer.floor_div`: division rounded toward negative infinity.
    public static func flooredDivide(_ lhs: Term, _ rhs: Term) -> Term? {
        guard let a = lhs.bigIntegerValue, let b = rhs.bigIntegerValue, !b.isZero else { return nil }
        let (quotient, remainder) = a.quotientAndRemainder(dividingBy: b)
        return .integer(!remainder.isZero && (remainder.sign != b.sign) ? quotient - 1 : quotient)
    }

    /// The greatest common divisor of two integers (always non-negative).
    public static func greatestCommonDivisor(_ lhs: Term, _ rhs: Term) -> Term? {
        guard let a = lhs.bigIntegerValue, let b = rhs.bigIntegerValue else { return nil }
        return .integer(BigInt(a.magnitude.greatestCommonDivisor(with: b.magnitude)))
    }

    /// The integer written in `radix` (2...36, upper-case letters), or nil for a non-integer.
    public func integerText(radix: Int) -> String? {
        bigIntegerValue.map { String($0, radix: radix, uppercase: true) }
    }

    /// The bits of an integer's magnitude, 0 for anything else: the measure of big-integer work.
    public var integerBits: Int {
        switch self {
        case .int(let value): return Int.bitWidth - value.magnitude.leadingZeroBitCount
        case .bigInt(let box): return box.value.magnitude.bitWidth
        default: return 0
        }
    }

    /// Bitwise operations on integers of any size; nil for non-integers.
    public static func bitwise(_ lhs: Term, _ rhs: Term, _ operation: (BigInt, BigInt) -> BigInt) -> Term? {
        guard let a = lhs.bigIntegerValue, let b = rhs.bigIntegerValue else { return nil }
        return .integer(operation(a, b))
    }

    /// `value` shifted left by `amount` bits (right when negative, rounding toward negative infinity).
    public static func shiftLeft(_ value: Term, _ amount: Term) -> Term? {
        guard let a = value.bigIntegerValue, case .int(let bits) = amount else { return nil }
        if bits >= 0 { return .integer(a << bits) }
        // An arithmetic shift rounds towards minus infinity (-257 >>> 8 is -2); BigInt's `>>`
        // shifts the magnitude, so a negative value is shifted as its complement.
        return .integer(a.signum() < 0 ? ~((~a) >> -bits) : a >> -bits)
    }

    /// Bitwise and/or/xor/not under the names the Bitwise module gives them.
    public static func bitwiseAnd(_ lhs: Term, _ rhs: Term) -> Term? { bitwise(lhs, rhs, &) }
    /// Bitwise or.
    public static func bitwiseOr(_ lhs: Term, _ rhs: Term) -> Term? { bitwise(lhs, rhs, |) }
    /// Bitwise exclusive or.
    public static func bitwiseXor(_ lhs: Term, _ rhs: Term) -> Term? { bitwise(lhs, rhs, ^) }
    /// Bitwise complement (`-value - 1`).
    public static func bitwiseNot(_ value: Term) -> Term? { value.bigIntegerValue.map { .integer(~$0) } }
}
