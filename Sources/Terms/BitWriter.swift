/// Builds a bitstring bit by bit: whole bytes are appended as they are, anything else is
/// shifted into place (`<<1::3, "ab", rest::bitstring>>`).
public struct BitWriter: Sendable {
    private var bytes: [UInt8] = []
    /// How many bits have been written.
    public private(set) var bitCount = 0

    /// An empty bitstring.
    public init() {}

    /// Appends whole bytes.
    public mutating func append<Bytes: Collection<UInt8>>(bytes more: Bytes) {
        if bitCount % 8 == 0 {
            bytes.append(contentsOf: more)
            bitCount += more.count * 8
            return
        }
        for byte in more { append(UInt64(byte), bits: 8) }
    }

    /// Appends the low `count` bits of `value`, high bits first (`count` at most 64).
    public mutating func append(_ value: UInt64, bits count: Int) {
        var remaining = count
        while remaining > 0 {
            let used = bitCount % 8
            if used == 0 { bytes.append(0) }
            let take = min(8 - used, remaining)
            let piece = (value >> UInt64(remaining - take)) & ((1 << UInt64(take)) - 1)
            bytes[bytes.count - 1] |= UInt8(piece << UInt64(8 - used - take))
            bitCount += take
            remaining -= take
        }
    }

    /// Appends a whole bitstring.
    public mutating func append(_ box: BinaryBox) { append(box, from: 0, count: box.bitCount) }

    /// Appends `count` bits of `box` starting `offset` bits in.
    public mutating func append(_ box: BinaryBox, from offset: Int, count: Int) {
        if offset % 8 == 0 && count % 8 == 0 {
            append(bytes: box.slice.dropFirst(offset / 8).prefix(count / 8))
            return
        }
        var position = offset
        let end = offset + count
        while position < end {
            let take = min(64 - 8, end - position)
            append(box.word(at: position, count: take), bits: take)
            position += take
        }
    }

    /// The bits written so far.
    public func box() -> BinaryBox {
        bitCount % 8 == 0 ? BinaryBox(bytes) : BinaryBox(bytes: bytes, bitCount: bitCount)
    }
}
