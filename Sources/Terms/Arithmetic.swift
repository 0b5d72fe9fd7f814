import BigInt

/// Elixir arithmetic on number terms. Integers promote to big integers on
/// overflow and come back to `.int` when they fit again; a nil result means
/// `ArithmeticError` ("bad argument in arithmetic expression").
extension Term {
    /// `lhs + rhs`; the small-integer case is inlined into callers.
    @inlinable
    public static func add(_ lhs: Term, _ rhs: Term) -> Term? {
        if case .int(let a) = lhs, case .int(let b) = rhs {
            let (result, overflow) = a.addingReportingOverflow(b)
            if !overflow { return .int(result) }
        }
        return addSlowly(lhs, rhs)
    }

    /// `lhs + rhs` for big integers, floats, overflow and non-numbers.
    @usableFromInline
    static func addSlowly(_ lhs: Term, _ rhs: Term) -> Term? {
        combine(lhs, rhs, integers: +, floats: +)
    }

    /// `lhs - rhs`; the small-integer case is inlined into callers.
    @inlinable
    public static func subtract(_ lhs: Term, _ rhs: Term) -> Term? {
        if case .int(let a) = lhs, case .int(let b) = rhs {
            let (result, overflow) = a.subtractingReportingOverflow(b)
            if !overflow { return .int(result) }
        }
        return subtractSlowly(lhs, rhs)
    }

    /// `lhs - rhs` for big integers, floats, overflow and non-numbers.
    @usableFromInline
    static func subtractSlowly(_ lhs: Term, _ rhs: Term) -> Term? {
        combine(lhs, rhs, integers: -, floats: -)
    }

    /// `lhs * rhs`; the small-integer case is inlined into callers.
    @inlinable
    public static func multiply(_ lhs: Term, _ rhs: Term) -> Term? {
        if case .int(let a) = lhs, case .int(let b) = rhs {
            let (result, overflow) = a.multipliedReportingOverflow(by: b)
            if !overflow { return .int(result) }
        }
        return multiplySlowly(lhs, rhs)
    }

    /// `lhs * rhs` for big integers, floats, overflow and non-numbers.
    @usableFromInline
    static func multiplySlowly(_ lhs: Term, _ rhs: Term) -> Term? {
        combine(lhs, rhs, integers: *, floats: *)
    }

    /// `lhs / rhs`: always a float; nil when dividing by zero.
    public static func divide(_ lhs: Term, _ rhs: Term) -> Term? {
        guard let a = lhs.floatValue, let b = rhs.floatValue, b != 0 else { return nil }
        return finiteFloat(a / b)
    }

    /// `-value`.
    public static func negate(_ value: Term) -> Term? {
        if case .float(let float) = value { return .float(-float) }
        return subtract(.int(0), value)
    }

    /// `div(lhs, rhs)`: integer division truncated toward zero; nil for
    /// non-integers or a zero divisor.
    public static func integerDivide(_ lhs: Term, _ rhs: Term) -> Term? {
        if case .int(let a) = lhs, case .int(let b) = rhs, b != 0, !(a == .min && b == -1) {
            return .int(a / b)
        }
        guard let a = lhs.bigIntegerValue, let b = rhs.bigIntegerValue, !b.isZero else { return nil }
        return .integer(a / b)
    }

    /// `rem(lhs, rhs)`: the remainder with the sign of `lhs`; nil for
    /// non-integers or a zero divisor.
    public static func remainder(_ lhs: Term, _ rhs: Term) -> Term? {
        if case .int(let a) = lhs, case .int(let b) = rhs, b != 0 {
            return .int(b == -1 ? 0 : a % b)
        }
        guard let a = lhs.bigIntegerValue, let b = rhs.bigIntegerValue, !b.isZero else { return nil }
        return .integer(a % b)
    }

    /// The number as a float (big integers rounded to nearest), or nil for a non-number.
    public var floatValue: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .float(let value): return value
        case .bigInt(let box): return Term.nearestDouble(to: box.value)
        default: return nil
        }
    }

    /// The integer's value as a `BigInt`, or nil for anything but an integer.
    public var bigIntegerValue: BigInt? {
        switch self {
        case .int(let value): return BigInt(value)
        case .bigInt(let box): return box.value
        default: return nil
        }
    }

    /// Applies an operator: exactly on integers, in floating point when either side is a float.
    private static func combine(
        _ lhs: Term, _ rhs: Term,
        integers: (BigInt, BigInt) -> BigInt, floats: (Double, Double) -> Double
    ) -> Term? {
        if let a = lhs.bigIntegerValue, let b = rhs.bigIntegerValue {
            return .integer(integers(a, b))
        }
        guard let a = lhs.floatValue, let b = rhs.floatValue else { return nil }
        return finiteFloat(floats(a, b))
    }

    /// The float as a term, or nil when it overflowed (the BEAM has no infinities).
    private static func finiteFloat(_ value: Double) -> Term? {
        value.isFinite ? .float(value) : nil
    }

    /// Rounds a big integer to the nearest double (ties to even); infinite when too large.
    static func nearestDouble(to value: BigInt) -> Double {
        let magnitude = value.magnitude
        let width = magnitude.bitWidth
        let sign: FloatingPointSign = value.sign == .minus ? .minus : .plus
        guard width > 64 else {
            let small = Double(UInt64(magnitude))
            return sign == .minus ? -small : small
        }
        let shift = width - 64
        var top = UInt64(magnitude >> shift)
        if (magnitude & ((BigUInt(1) << shift) - 1)) != 0 { top |= 1 }
        return Double(sign: sign, exponent: shift, significand: Double(top))
    }
}
