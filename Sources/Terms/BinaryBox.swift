/// The bits of a bitstring: a window on byte storage that sub-binaries share.
///
/// A binary is a bitstring whose length is a whole number of bytes. Matching the rest of a
/// binary (`<<"a", rest::binary>>`) makes a new window on the same storage, so it costs O(1)
/// whatever the length; the storage lives as long as any window on it, as on the BEAM.
/// The unused low bits of a bitstring's last byte are always zero, so two equal bitstrings
/// have equal bytes.
public final class BinaryBox: Sendable {
    /// The bytes this window looks at, shared with every window taken from it.
    private let storage: [UInt8]
    /// Where the window starts in `storage`, in bytes.
    private let start: Int
    /// The window's length in bits; a binary's is a multiple of 8.
    public let bitCount: Int

    /// Wraps the given bytes as a binary.
    public init(_ bytes: [UInt8]) {
        storage = bytes
        start = 0
        bitCount = bytes.count * 8
    }

    /// The first `bitCount` bits of `bytes`, high bits first (the bits past them are cleared).
    public init(bytes: [UInt8], bitCount: Int) {
        var bytes = bytes
        let used = (bitCount + 7) / 8
        bytes.removeLast(bytes.count - used)
        if bitCount % 8 != 0 { bytes[used - 1] &= ~(0xFF >> (bitCount % 8)) }
        storage = bytes
        start = 0
        self.bitCount = bitCount
    }

    private init(sharing storage: [UInt8], start: Int, bitCount: Int) {
        self.storage = storage
        self.start = start
        self.bitCount = bitCount
    }

    /// The empty binary, shared by every empty rest of a match.
    public static let empty = BinaryBox([])

    /// The number of bytes the bits occupy (a partial last byte counts, as `byte_size/1` does).
    public var byteCount: Int { (bitCount + 7) / 8 }

    /// Whether the bitstring is a binary (a whole number of bytes).
    public var isBinary: Bool { bitCount % 8 == 0 }

    /// The bits left over after the whole bytes (0 for a binary).
    public var trailingBitCount: Int { bitCount % 8 }

    /// The bytes, without copying (a partial last byte included, its unused bits zero).
    public var slice: ArraySlice<UInt8> { storage[start..<(start + byteCount)] }

    /// The bytes as an array (a copy only when this is a window on a larger binary).
    public var bytes: [UInt8] {
        start == 0 && byteCount == storage.count ? storage : Array(slice)
    }

    /// The byte at `index` from the start of the window.
    public func byte(at index: Int) -> UInt8 { storage[start + index] }

    /// The `count` bits starting `offset` bits in: a shared window when they start on a byte and
    /// end on a byte (or at the end), else a copy.
    public func bits(from offset: Int, count: Int) -> BinaryBox {
        if offset == 0 && count == bitCount { return self }
        if count == 0 { return BinaryBox.empty }
        if offset % 8 == 0 && (count % 8 == 0 || offset + count == bitCount) {
            return BinaryBox(sharing: storage, start: start + offset / 8, bitCount: count)
        }
        var writer = BitWriter()
        writer.append(self, from: offset, count: count)
        return writer.box()
    }

    /// The bits from `offset` to the end (see `bits(from:count:)`).
    public func bits(from offset: Int) -> BinaryBox { bits(from: offset, count: bitCount - offset) }

    /// The `count` bits starting `offset` bits in, as an unsigned number (`count` at most 64).
    public func word(at offset: Int, count: Int) -> UInt64 {
        var value: UInt64 = 0
        var position = offset
        var remaining = count
        while remaining > 0 {
            let byte = storage[start + position / 8]
            let skip = position % 8
            let take = min(8 - skip, remaining)
            let piece = (UInt64(byte) >> UInt64(8 - skip - take)) & ((1 << UInt64(take)) - 1)
            value = value << UInt64(take) | piece
            position += take
            remaining -= take
        }
        return value
    }
}
