/// Word helpers the SHA digests share.
enum DigestWords {
    /// `count` big-endian 32-bit words of `message` from byte `start`.
    static func bigEndian32(_ message: [UInt8], _ start: Int, count: Int) -> [UInt32] {
        (0..<count).map { index in (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(message[start + index * 4 + $1]) } }
    }

    /// `x` rotated right by `n` bits.
    static func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// `x` rotated right by `n` bits.
    static func rotateRight(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
}
