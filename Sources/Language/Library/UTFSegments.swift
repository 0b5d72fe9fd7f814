import Terms

/// `::utf8`, `::utf16` and `::utf32` segments: a code point written in the encoding, or each
/// code point of a string literal (`<<"é"::utf16>>`).
enum UTFSegments {
    /// Appends the code point `value` (or every code point of the string `value`).
    static func append(_ value: Term, type: SegmentType, into writer: inout BitWriter) throws(BinarySegmentBuiltins.SegmentFailure) {
        if case .binary(let box) = value, box.isBinary {
            for scalar in String(decoding: box.slice, as: UTF8.self).unicodeScalars { encode(scalar, type: type, into: &writer) }
            return
        }
        guard case .int(let code) = value, code >= 0, let scalar = Unicode.Scalar(UInt32(clamping: code)) else {
            throw BinarySegmentBuiltins.expected("a non-negative integer encodable as \(type.kind.rawValue)", value)
        }
        encode(scalar, type: type, into: &writer)
    }

    private static func encode(_ scalar: Unicode.Scalar, type: SegmentType, into writer: inout BitWriter) {
        switch type.kind {
        case .utf16:
            for unit in String(scalar).utf16 { _ = writer.appendInteger(.int(Int(unit)), bits: 16, little: type.little) }
        case .utf32:
            _ = writer.appendInteger(.int(Int(scalar.value)), bits: 32, little: type.little)
        default:
            writer.append(bytes: String(scalar).utf8)
        }
    }

    /// The code point at the start of `box` (after `offset` bits) in the segment's encoding, and
    /// its length in bits; nil when no valid character is there.
    static func take(_ box: BinaryBox, at offset: Int, type: SegmentType) -> (code: Int, bits: Int)? {
        guard offset % 8 == 0 else { return nil }
        let available = box.bitCount - offset
        switch type.kind {
        case .utf16:
            guard available >= 16, case .int(let first) = box.integer(at: offset, count: 16, signed: false, little: type.little) else { return nil }
            guard (0xD800..<0xDC00).contains(first) else { return (0xDC00...0xDFFF).contains(first) ? nil : (first, 16) }
            guard available >= 32, case .int(let second) = box.integer(at: offset + 16, count: 16, signed: false, little: type.little),
                (0xDC00...0xDFFF).contains(second) else { return nil }
            return (0x10000 + (first - 0xD800) << 10 + (second - 0xDC00), 32)
        case .utf32:
            guard available >= 32, case .int(let code) = box.integer(at: offset, count: 32, signed: false, little: type.little),
                Unicode.Scalar(UInt32(code)) != nil else { return nil }
            return (code, 32)
        default:
            return utf8(box, at: offset / 8)
        }
    }

    /// The first UTF-8 character from byte `start` on, checked as the BEAM checks it.
    private static func utf8(_ box: BinaryBox, at start: Int) -> (code: Int, bits: Int)? {
        let available = box.bitCount / 8 - start
        guard available > 0 else { return nil }
        let first = box.byte(at: start)
        let length = first < 0x80 ? 1 : first >= 0xF8 ? 0 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC2 ? 2 : 0
        guard length > 0, length <= available else { return nil }
        if length == 1 { return (Int(first), 8) }
        var code = Int(first) & (0xFF >> (length + 1))
        for index in 1..<length {
            let byte = box.byte(at: start + index)
            guard byte & 0xC0 == 0x80 else { return nil }
            code = code << 6 | Int(byte & 0x3F)
        }
        let minimum = [0, 0, 0x80, 0x800, 0x10000][length]
        guard code >= minimum, Unicode.Scalar(UInt32(code)) != nil else { return nil }
        return (code, length * 8)
    }
}
