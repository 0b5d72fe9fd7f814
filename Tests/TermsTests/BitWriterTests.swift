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
    #expect(writer.appendInteger(.int(-1), bits: 4))
    #expect(writer.appendInteger(.int(300), bits: 4))
    #expect(writer.box().slice == [0xFC])
    var wide = BitWriter()
    #expect(wide.appendInteger(.int(-2), bits: 72))
    #expect(wide.box().slice == [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE])
    var little = BitWriter()
    #expect(little.appendInteger(.int(0x0102), bits: 16, little: true))
    #expect(little.box().slice == [0x02, 0x01])
    #expect(!little.appendInteger(.atom("a"), bits: 8))
}

/// An integer wider than 64 bits reads back as the same integer.
@Test func wideIntegersRoundTrip() {
    let big = Term.integer(BigInt("123456789012345678901234567890") ?? 0)
    var writer = BitWriter()
    #expect(writer.appendInteger(big, bits: 100))
    let box = writer.box()
    #expect(box.integer(at: 0, count: 100, signed: false) == big)
    var negative = BitWriter()
    #expect(negative.appendInteger(.int(-5), bits: 96))
    #expect(negative.box().integer(at: 0, count: 96, signed: true) == .int(-5))
}

/// Part of a bitstring appended at an odd offset keeps its bits.
@Test func partOfABitstringIsAppended() {
    var writer = BitWriter()
    writer.append(1, bits: 1)
    writer.append(BinaryBox([0xAB, 0xCD]), from: 4, count: 8)
    #expect(Term.binary(writer.box()) == .binary(BinaryBox(bytes: [0b1101_1110, 0b1000_0000], bitCount: 9)))
}
