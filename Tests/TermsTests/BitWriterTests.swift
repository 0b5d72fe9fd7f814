import BigInt
import Testing
@testable import Terms

/// Bits appended one segment after another shift into place.
@Test func bitsShiftIntoPlace() {
    var writer = BitWriter()
    writer.append(0b101, bits: 3)
    writer.append(bytes: [0xFF])
    writer.append(0b1, bits: 1)
    let box = writer.box()
    #expect(box.bitCount == 12)
    #expect(box.slice == [0b1011_1111, 0b1111_0000])
}

/// Integers are written two's complement in any width, truncated or sign-extended.
@Test func integersAreWrittenInAnyWidth() {
    var writer = BitWriter()
    let written1 = writer.appendInteger(.int(-1), bits: 4)
    #expect(written1)
    let written2 = writer.appendInteger(.int(300), bits: 4)
    #expect(written2)
    #expect(writer.box().slice == [0xFC])
    var wide = BitWriter()
    let written3 = wide.appendInteger(.int(-2), bits: 72)
    #expect(written3)
    #expect(wide.box().slice == [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE])
    var little = BitWriter()
    let written4 = little.appendInteger(.int(0x0102), bits: 16, little: true)
    #expect(written4)
    #expect(little.box().slice == [0x02, 0x01])
    let written5 = little.appendInteger(.atom("a"), bits: 8)
    #expect(!written5)
}

/// An integer wider than 64 bits reads back as the same integer.
@Test func wideIntegersRoundTrip() {
    let big = Term.integer(BigInt("123456789012345678901234567890") ?? 0)
    var writer = BitWriter()
    let written6 = writer.appendInteger(big, bits: 100)
    #expect(written6)
    let box = writer.box()
    #expect(box.integer(at: 0, count: 100, signed: false) == big)
    var negative = BitWriter()
    let written7 = negative.appendInteger(.int(-5), bits: 96)
    #expect(written7)
    #expect(negative.box().integer(at: 0, count: 96, signed: true) == .int(-5))
}

/// Part of a bitstring appended at an odd offset keeps its bits.
@Test func partOfABitstringIsAppended() {
    var writer = BitWriter()
    writer.append(1, bits: 1)
    writer.append(BinaryBox([0xAB, 0xCD]), from: 4, count: 8)
    #expect(Term.binary(writer.box()) == .binary(BinaryBox(bytes: [0b1101_1110, 0b0000_0000], bitCount: 9)))
}
