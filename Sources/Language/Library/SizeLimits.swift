import Terms

/// The largest terms one builtin call may build. Elixir would try, and bring the whole
/// VM down when memory runs out; proctor raises `SystemLimitError` first and stays up.
enum SizeLimits {
    /// Bytes in one binary built by one call (`String.duplicate/2`, padding): 256 MB.
    static let maximumBinaryBytes = 1 << 28
    /// Bits in one integer built by one call (`Integer.pow/2`, `**`, `<<<`, `*`): 64 million.
    static let maximumIntegerBits = 1 << 26

    /// Raises `SystemLimitError` when a binary of `bytes` would be too large.
    static func checkBinary(bytes: Int) throws(GuestError) {
        guard bytes > maximumBinaryBytes else { return }
        throw limit("the binary would have \(bytes) bytes; proctor builds binaries of up to \(maximumBinaryBytes) bytes")
    }

    /// Raises `SystemLimitError` when `base ** exponent` would have too many bits.
    static func checkPower(_ base: Term, _ exponent: Term) throws(GuestError) {
        guard let value = base.bigIntegerValue, case .int(let power) = exponent, power > 1, value.magnitude > 1 else { return }
        let (bits, overflow) = value.magnitude.bitWidth.multipliedReportingOverflow(by: power)
        guard overflow || bits > maximumIntegerBits else { return }
        throw limit("the result would have more than \(maximumIntegerBits) bits")
    }

    /// Raises `SystemLimitError` when a product would have more than `maximumIntegerBits` bits.
    static func checkProduct(bits: Int) throws(GuestError) {
        guard bits > maximumIntegerBits else { return }
        throw limit("the result would have more than \(maximumIntegerBits) bits")
    }

    /// Raises `SystemLimitError` when shifting `value` left by `amount` would have too many bits.
    static func checkShift(_ value: Term, _ amount: Term) throws(GuestError) {
        guard case .int(let bits) = amount, bits > maximumIntegerBits, value != .int(0) else { return }
        throw limit("the result would have more than \(maximumIntegerBits) bits")
    }

    private static func limit(_ detail: String) -> GuestError {
        .exception("SystemLimitError", [("message", .string("a system limit has been reached: \(detail)"))])
    }
}
