import BigInt

extension Term {
    /// The integer written as decimal `digits` (an optional leading `-`), or nil if they are not digits.
    public static func integer(decimalDigits digits: String) -> Term? {
        BigInt(digits, radix: 10).map(Term.integer)
    }
}
