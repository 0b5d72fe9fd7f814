import Foundation
import Runtime
import Terms

/// Big-integer arithmetic pays for its words, as the BEAM's bignum operations bump reductions:
/// a loop of ever larger products (`grow(n * n + 1)`) meets its reduction budget and its time
/// limit instead of running on inside one slice. A product's size is checked before it is
/// computed: past `SizeLimits.maximumIntegerBits` it is a `SystemLimitError`, and a large one
/// asks the memory limit first (`AllocationCheck`).
enum BigIntegerWork {
    /// What an operation costs in word operations, by its kind.
    enum Kind {
        /// Adding, subtracting, bitwise operations: one pass over the words.
        case linear
        /// Multiplying: schoolbook below BigInt's Karatsuba threshold, about n^1.585 above it.
        case product
        /// Dividing, remainders, gcd: schoolbook division, words of one times words of the other.
        case quotient
    }

    /// Word operations per reduction.
    static let wordOperationsPerReduction = 16
    /// BigInt multiplies directly below this many words, by Karatsuba above.
    static let karatsubaWords = 1024

    /// Reductions for `kind` on `left` and `right`, after checking that its result may be built;
    /// 0 when neither is a big integer.
    static func admit(
        _ kind: Kind, _ left: Term, _ right: Term, process: ProcessControlBlock
    ) throws(GuestError) -> Int {
        guard isBig(left) || isBig(right) else { return 0 }
        let leftBits = left.integerBits, rightBits = right.integerBits
        let resultBits = kind == .product ? leftBits &+ rightBits : max(leftBits, rightBits)
        if kind == .product { try SizeLimits.checkProduct(bits: resultBits) }
        try AllocationCheck.reserve(resultBits / 8, by: process)
        return operations(kind, words(leftBits), words(rightBits)) / wordOperationsPerReduction
    }

    /// Reductions for `base ** exponent` (checked against `SizeLimits` first, and against the
    /// memory limit when large): squarings up to the result's size.
    static func admitPower(_ base: Term, _ exponent: Term, process: ProcessControlBlock) throws(GuestError) -> Int {
        try SizeLimits.checkPower(base, exponent)
        guard case .int(let power) = exponent, power > 1 else { return 0 }
        let (resultBits, overflow) = base.integerBits.multipliedReportingOverflow(by: power)
        guard !overflow, resultBits > 64 else { return 0 }
        try AllocationCheck.reserve(resultBits / 8, by: process)
        let half = words(resultBits / 2)
        return operations(.product, half, half) / wordOperationsPerReduction
    }

    /// Reductions for `value <<< bits` (checked against `SizeLimits` first, and against the memory
    /// limit when large): one pass over the result's words.
    static func admitShift(_ value: Term, by bits: Term, process: ProcessControlBlock) throws(GuestError) -> Int {
        try SizeLimits.checkShift(value, bits)
        guard case .int(let amount) = bits, amount > 0, value.integerBits > 0 else { return 0 }
        let resultBits = value.integerBits &+ amount
        try AllocationCheck.reserve(resultBits / 8, by: process)
        return words(resultBits) / wordOperationsPerReduction
    }

    /// Reductions for writing an integer of `term`'s size as text (repeated division, quadratic).
    static func textReductions(_ term: Term) -> Int {
        guard isBig(term) else { return 0 }
        let count = words(term.integerBits)
        return count.multipliedReportingOverflow(by: count).partialValue / wordOperationsPerReduction
    }

    private static func isBig(_ term: Term) -> Bool {
        if case .bigInt = term { return true }
        return false
    }

    private static func words(_ bits: Int) -> Int { (bits + 63) / 64 }

    private static func operations(_ kind: Kind, _ left: Int, _ right: Int) -> Int {
        let small = min(left, right), large = max(left, right)
        switch kind {
        case .linear:
            return large
        case .quotient:
            return small.multipliedReportingOverflow(by: large).partialValue
        case .product where small <= karatsubaWords:
            return small * large
        case .product:
            // Karatsuba's n^1.585, scaled to meet the schoolbook cost at the threshold.
            return Int(Double(large) * pow(Double(small), 0.585) * pow(Double(karatsubaWords), 0.415))
        }
    }
}
