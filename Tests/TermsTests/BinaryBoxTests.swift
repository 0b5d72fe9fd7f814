import Testing
@testable import Terms

/// A window on a binary shares its storage and compares, hashes and orders by its own bits.
@Test func aWindowOnABinaryEqualsTheSameBytesMadeAfresh() {
    let whole = BinaryBox(Array("hello world".utf8))
    let rest = whole.bits(from: 6 * 8)
    #expect(Term.binary(rest) == .string("world"))
    #expect(Term.binary(rest).hashValue == Term.string("world").hashValue)
    #expect(rest.bytes == Array("world".utf8))
    #expect(Term.binary(whole.bits(from: 0, count: 5 * 8)) == .string("hello"))
    #expect(whole.bits(from: 11 * 8) === BinaryBox.empty)
}

/// Bits past a bitstring's end are zero, so bitstrings made different ways are equal.
@Test func bitsPastTheEndAreCleared() {
    let box = BinaryBox(bytes: [0xFF], bitCount: 3)
    #expect(box.slice == [0xE0])
    #expect(box.byteCount == 1 && box.trailingBitCount == 3 && !box.isBinary)
    #expect(Term.binary(box) == .binary(BinaryBox(Array([0xFF, 0xFF])).bits(from: 5, count: 3)))
    #expect(Term.binary(box) != .binary(BinaryBox(bytes: [0xE0], bitCount: 4)))
}

/// Words and integers are read from any bit offset.
@Test func bitsAreReadFromAnyOffset() {
    let box = BinaryBox([0b1011_0011, 0b0101_0000])
    #expect(box.word(at: 0, count: 3) == 0b101)
    #expect(box.word(at: 4, count: 8) == 0b0011_0101)
    #expect(box.integer(at: 0, count: 4, signed: true) == .int(-5))
    #expect(box.integer(at: 0, count: 16, signed: false, little: true) == .int(0x50B3))
}

/// Bitstrings order bit by bit, a prefix first (`<<1::1>> < <<1::1, 0::1>>`, `<<0::1>> < "a"`).
@Test func bitstringsOrderBitByBit() {
    let oneBit = Term.binary(BinaryBox(bytes: [0x80], bitCount: 1))
    let twoBits = Term.binary(BinaryBox(bytes: [0x80], bitCount: 2))
    let zeroBit = Term.binary(BinaryBox(bytes: [0x00], bitCount: 1))
    #expect(Term.compare(oneBit, twoBits) < 0)
    #expect(Term.compare(zeroBit, .string("a")) < 0)
    #expect(Term.compare(.string("a"), oneBit) < 0)
}

/// A bitstring inspects as its whole bytes and then `value::size(bits)`.
@Test func aBitstringInspectsWithItsTrailingBits() {
    #expect(Term.binary(BinaryBox(bytes: [0x20], bitCount: 3)).inspect() == "<<1::size(3)>>")
    #expect(Term.binary(BinaryBox(bytes: [5, 0x40], bitCount: 10)).inspect() == "<<5, 1::size(2)>>")
}
