import Terms

/// Taking one segment of a bitstring pattern from the front of a bitstring. The rest is a
/// window on the same storage when it starts on a byte, so a parsing loop over
/// `<<c::utf8, rest::binary>>` costs O(1) per step.
enum BinarySegment {
    /// The constant a pattern segment is compiled to: its type and its size in units (an
    /// integer, `:all` for the rest, or `:local` when the size was stored in the target local).
    static func spec(_ type: SegmentType, size: Term) -> Term {
        guard case .tuple(let box) = type.term else { return type.term }
        return .tuple(box.elements + [size])
    }

    /// The segment `spec` describes and the rest of `subject`; nil when `subject` is not a
    /// bitstring or does not start with such a segment. `stored` is the value of the target
    /// local, which holds the size when the spec says `:local`.
    static func take(_ spec: Term, from subject: Term, stored: Term) -> (Term, Term)? {
        guard case .binary(let box) = subject, case .tuple(let parts) = spec, parts.elements.count == 5,
            let type = SegmentType(term: spec)
        else { return nil }
        if type.isUTF {
            guard let (code, bits) = UTFSegments.take(box, at: 0, type: type) else { return nil }
            return (.int(code), .binary(box.bits(from: bits)))
        }
        guard let bits = bitCount(parts.elements[4], stored: stored, type: type, available: box.bitCount) else { return nil }
        guard let value = value(of: box, bits: bits, type: type) else { return nil }
        return (value, .binary(box.bits(from: bits)))
    }

    private static let local = Atom("local")
    private static let all = Atom("all")

    /// How many bits the segment takes; nil when the size is bad or more than is there.
    private static func bitCount(_ size: Term, stored: Term, type: SegmentType, available: Int) -> Int? {
        let units: Term = size == .atom(local) ? stored : size
        if units == .atom(all) { return available % type.unit == 0 ? available : nil }
        guard case .int(let count) = units, count >= 0, count <= available / type.unit else { return nil }
        return count * type.unit
    }

    private static func value(of box: BinaryBox, bits: Int, type: SegmentType) -> Term? {
        switch type.kind {
        case .integer:
            return box.integer(at: 0, count: bits, signed: type.signed, little: type.little)
        case .float:
            return float(box, bits: bits, little: type.little)
        default:
            return .binary(box.bits(from: 0, count: bits))
        }
    }

    /// A 16-, 32- or 64-bit float; nil for other sizes and for infinities and NaNs, which match nothing.
    private static func float(_ box: BinaryBox, bits: Int, little: Bool) -> Term? {
        if bits == 64 { return floatFromWord(box, little: little) }
        guard bits == 16 || bits == 32, case .int(let raw) = box.integer(at: 0, count: bits, signed: false, little: little) else {
            return nil
        }
        let value = bits == 16 ? Double(Float16(bitPattern: UInt16(raw))) : Double(Float(bitPattern: UInt32(raw)))
        guard value.isFinite else { return nil }
        return .float(value)
    }

    private static func floatFromWord(_ box: BinaryBox, little: Bool) -> Term? {
        let word = little ? BinaryBox(Array(box.bits(from: 0, count: 64).slice.reversed())).word(at: 0, count: 64) : box.word(at: 0, count: 64)
        let value = Double(bitPattern: word)
        return value.isFinite ? .float(value) : nil
    }
}
