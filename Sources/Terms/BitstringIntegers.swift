import BigInt

/// Integers in bitstrings: written and read in any number of bits, two's complement, big- or
/// little-endian (`<<-1::4>>`, `<<x::signed-little-32>>`, `<<n::size(100)>>`).
extension BitWriter {
    /// Appends the low `count` bits of an integer term; false when the term is not an integer.
    /// Little-endian applies to whole bytes, as on the BEAM.
    public mutating func appendInteger(_ value: Term, bits count: Int, little: Bool = false) -> Bool {
        if little && count % 8 == 0 && count > 8 {
            var bytes = BitWriter()
            guard bytes.appendInteger(value, bits: count) else { return false }
            append(bytes: bytes.box().slice.reversed())
            return true
        }
        if case .int(let small) = value, count <= 64 {
            append(UInt64(bitPattern: Int64(small)) & BitWriter.mask(count), bits: count)
            return true
        }
        guard let integer = value.bigIntegerValue else { return false }
        let words = Array(integer.words)
        let fill: UInt64 = integer.signum() < 0 ? ~0 : 0
        var remaining = count
        while remaining > 0 {
            let take = remaining % 64 == 0 ? 64 : remaining % 64
            let index = (remaining - take) / 64
            let word = index < words.count ? UInt64(words[index]) : fill
            append(word & BitWriter.mask(take), bits: take)
            remaining -= take
        }
        return true
    }

    /// The low `count` bits set.
    static func mask(_ count: Int) -> UInt64 { count >= 64 ? ~0 : (1 << UInt64(count)) - 1 }
}

extension BinaryBox {
    /// The `count` bits starting `offset` bits in, read as an integer.
    public func integer(at offset: Int, count: Int, signed: Bool, little: Bool = false) -> Term {
        if little && count % 8 == 0 && count > 8 {
            let reversed = BinaryBox(Array(bits(from: offset, count: count).slice.reversed()))
            return reversed.integer(at: 0, count: count, signed: signed)
        }
        if count == 0 { return .int(0) }
        if count < 64 {
            let raw = word(at: offset, count: count)
            let negative = signed && raw >> UInt64(count - 1) == 1
            return .int(negative ? Int(Int64(bitPattern: raw | ~BitWriter.mask(count))) : Int(raw))
        }
        var value = BigInt(0)
        var position = offset
        while position < offset + count {
            let take = min(32, offset + count - position)
            value = value << take | BigInt(word(at: position, count: take))
            position += take
        }
        if signed && value.bit(count - 1) { value -= BigInt(1) << count }
        return .integer(value)
    }
}

private extension BigInt {
    func bit(_ index: Int) -> Bool { (self >> index) & 1 == 1 }
}
