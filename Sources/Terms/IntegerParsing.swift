import BigInt

extension Term {
    /// The integer written as decimal `digits` (an optional leading `-`), or nil if they are not digits.
    public static func integer(decimalDigits digits: String) -> Term? {
        integer(digits: Substring(digits), radix: 10)
    }

    /// The integer read from `digits` in `radix` (2...36, an optional sign first), or nil when
    /// they are not digits. Takes time well below quadratic in the number of digits (see `DigitConversion`).
    public static func integer(digits: Substring, radix: Int) -> Term? {
        var text = Array(digits.utf8)[...]
        let negative = text.first == UInt8(ascii: "-")
        if negative || text.first == UInt8(ascii: "+") { text = text.dropFirst() }
        var conversion = DigitConversion(radix: radix)
        guard (2...36).contains(radix), !text.isEmpty, text.allSatisfy(DigitConversion.isAlphanumeric),
            let magnitude = conversion.magnitude(of: text) else { return nil }
        return .integer(negative ? -BigInt(magnitude) : BigInt(magnitude))
    }

    /// The integer an Elixir literal spells: decimal digits, or `0x`, `0o` or `0b` and digits of
    /// that base (no sign, no underscores); nil when it is not one.
    public static func integer(literal: String) -> Term? {
        let radixes: [String: Int] = ["0x": 16, "0o": 8, "0b": 2]
        guard literal.count > 2, let radix = radixes[String(literal.prefix(2))] else {
            return integer(digits: Substring(literal), radix: 10)
        }
        return integer(digits: literal.dropFirst(2), radix: radix)
    }
}

/// Digits to a big integer by halves: `high * radix^n + low`, where the powers of the radix are
/// squared from one another and big products use BigInt's Karatsuba multiplication, so the
/// time grows as n^1.6 rather than n^2 (one word of digits at a time, as BigInt's own parser does).
struct DigitConversion {
    /// Runs of at most this many digits are converted one word of digits at a time.
    static let directDigits = 512

    let radix: Int
    /// `radix^(directDigits * 2^k)` at index k, computed as needed.
    private var powers: [BigUInt] = []

    init(radix: Int) { self.radix = radix }

    /// Whether `byte` is an ASCII letter or digit (what digits of any radix are made of).
    static func isAlphanumeric(_ byte: UInt8) -> Bool { value(of: byte) != nil }

    /// The value of an ASCII digit or letter (`a` and `A` are 10), or nil.
    static func value(of byte: UInt8) -> UInt? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt(byte - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt(byte - UInt8(ascii: "a")) + 10
        default: return nil
        }
    }

    /// The value of `digits` (ASCII digits and letters of `radix`), or nil when one is not a digit.
    mutating func magnitude(of digits: ArraySlice<UInt8>) -> BigUInt? {
        if radix.nonzeroBitCount == 1 { return packed(digits) }
        guard digits.count > DigitConversion.directDigits else { return direct(digits) }
        var level = 0
        while DigitConversion.directDigits << (level + 1) < digits.count { level += 1 }
        let lowCount = DigitConversion.directDigits << level
        let split = digits.endIndex - lowCount
        guard let high = magnitude(of: digits[..<split]), let low = magnitude(of: digits[split...]) else { return nil }
        return high * power(level) + low
    }

    /// `radix^(directDigits * 2^level)`.
    private mutating func power(_ level: Int) -> BigUInt {
        while powers.count <= level {
            if let last = powers.last {
                powers.append(last * last)
            } else {
                powers.append(BigUInt(radix).power(DigitConversion.directDigits))
            }
        }
        return powers[level]
    }

    /// Digits of a power-of-two radix, packed into words from the last digit up (linear).
    private func packed(_ digits: ArraySlice<UInt8>) -> BigUInt? {
        let bitsPerDigit = radix.trailingZeroBitCount
        var words: [UInt] = []
        words.reserveCapacity(digits.count * bitsPerDigit / UInt.bitWidth + 1)
        var word: UInt = 0
        var filled = 0
        for byte in digits.reversed() {
            guard let digit = DigitConversion.value(of: byte), digit < radix else { return nil }
            word |= digit << filled
            filled += bitsPerDigit
            if filled >= UInt.bitWidth {
                words.append(word)
                filled -= UInt.bitWidth
                word = filled > 0 ? digit >> (bitsPerDigit - filled) : 0
            }
        }
        if filled > 0 { words.append(word) }
        return BigUInt(words: words)
    }

    /// A short run of digits, a machine word's worth of digits at a time.
    private func direct(_ digits: ArraySlice<UInt8>) -> BigUInt? {
        let perWord = DigitConversion.digitsPerWord(radix)
        var value = BigUInt()
        var start = digits.startIndex
        while start < digits.endIndex {
            let end = min(start + perWord, digits.endIndex)
            guard let word = UInt(String(decoding: digits[start..<end], as: UTF8.self), radix: radix) else { return nil }
            value.multiply(byWord: UInt(radix).power(end - start))
            value += BigUInt(word)
            start = end
        }
        return value
    }

    /// How many digits of `radix` always fit in 64 bits, less one so that `radix^n` fits too.
    private static func digitsPerWord(_ radix: Int) -> Int {
        var count = 0
        var limit = UInt.max / UInt(radix)
        while limit >= UInt(radix) {
            limit /= UInt(radix)
            count += 1
        }
        return count
    }
}

extension UInt {
    /// `self` to the small power `exponent` (the caller keeps it within one word).
    fileprivate func power(_ exponent: Int) -> UInt {
        var result: UInt = 1
        for _ in 0..<exponent { result &*= self }
        return result
    }
}
