import BigInt

/// Exact comparison of Elixir numbers across integers, big integers and floats,
/// as the BEAM does it (`9007199254740993 > 9007199254740992.0` holds).
extension Term {
    /// The smallest float that is at or above 2^63, the first value beyond `Int`.
    private static let twoToThe63 = 9_223_372_036_854_775_808.0

    /// Compares two numbers by value: negative, zero or positive.
    /// Returns nil when either term is not a number.
    static func compareNumbers(_ lhs: Term, _ rhs: Term) -> Int? {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)): return threeWay(a, b)
        case let (.float(a), .float(b)): return threeWay(a, b)
        case let (.int(a), .float(b)): return compareInt(a, toFloat: b)
        case let (.float(a), .int(b)): return -compareInt(b, toFloat: a)
        case let (.bigInt(a), .bigInt(b)): return threeWay(a.value, b.value)
        case (.bigInt(let a), .int): return sign(of: a)
        case (.int, .bigInt(let b)): return -sign(of: b)
        case let (.bigInt(a), .float(b)): return compareBig(a.value, toFloat: b)
        case let (.float(a), .bigInt(b)): return -compareBig(b.value, toFloat: a)
        default: return nil
        }
    }

    /// The sign of a normalized big integer, which lies beyond every `Int`.
    private static func sign(of box: BigIntBox) -> Int {
        box.value.signum() < 0 ? -1 : 1
    }

    /// Three-way comparison of two comparable values.
    @inline(__always)
    static func threeWay<T: Comparable>(_ a: T, _ b: T) -> Int {
        a < b ? -1 : (a == b ? 0 : 1)
    }

    /// Compares an integer with a float exactly, without rounding the integer.
    private static func compareInt(_ int: Int, toFloat float: Double) -> Int {
        if float >= twoToThe63 { return -1 }
        if float < -twoToThe63 { return 1 }
        let floor = float.rounded(.down)
        let whole = Int(floor)
        if int != whole { return int < whole ? -1 : 1 }
        return float > floor ? -1 : 0
    }

    /// Compares a big integer (beyond 64 bits) with a float exactly.
    private static func compareBig(_ big: BigInt, toFloat float: Double) -> Int {
        guard abs(float) >= twoToThe63, let whole = BigInt(exactly: float) else {
            return big.signum() < 0 ? -1 : 1
        }
        return threeWay(big, whole)
    }
}
