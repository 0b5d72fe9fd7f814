import Terms

/// The type of one `<<>>` segment as the compiler stores it in a constant
/// (`{kind, unit, signed, little}`): what the bits hold and how many bits one unit of size is.
struct SegmentType: Sendable {
    /// What a segment holds.
    enum Kind: String, Sendable, CaseIterable {
        case integer, float, binary, bitstring, utf8, utf16, utf32

        /// Each kind by its atom, so reading a constant interns no text on the matching path.
        static let byAtom: [Atom: Kind] = Dictionary(uniqueKeysWithValues: allCases.map { (Atom($0.rawValue), $0) })
    }

    /// What the segment holds.
    var kind: Kind
    /// Bits per unit of size (`unit(m)`; 8 for `binary`, else 1).
    var unit: Int
    /// Whether an integer is read as signed.
    var signed: Bool
    /// Whether an integer or float is little-endian.
    var little: Bool

    /// The type of a bare segment (an 8-bit unsigned big-endian integer).
    init(kind: Kind = .integer, unit: Int? = nil, signed: Bool = false, little: Bool = false) {
        self.kind = kind
        self.unit = unit ?? (kind == .binary ? 8 : 1)
        self.signed = signed
        self.little = little
    }

    /// Reads the first four elements of a constant made by `term`; nil for anything else.
    init?(term: Term) {
        guard case .tuple(let box) = term, box.elements.count >= 4, case .atom(let name) = box.elements[0],
            let kind = Kind.byAtom[name], case .int(let unit) = box.elements[1]
        else { return nil }
        self.init(kind: kind, unit: unit, signed: box.elements[2] == .true, little: box.elements[3] == .true)
    }

    /// The constant the compiler stores.
    var term: Term { .tuple(.atom(kind.rawValue), .int(unit), .bool(signed), .bool(little)) }

    /// The size a segment has when none is written, in units; nil for "the whole value" (binaries
    /// and bitstrings) and for UTF types, whose size is the character's.
    var defaultSize: Int? {
        switch kind {
        case .integer: return 8
        case .float: return 64
        case .binary, .bitstring, .utf8, .utf16, .utf32: return nil
        }
    }

    /// Whether the segment is one of the UTF types.
    var isUTF: Bool { kind == .utf8 || kind == .utf16 || kind == .utf32 }

    /// The name the BEAM's error messages give the type (`'binary'` for bitstrings too).
    var errorName: String { kind == .bitstring ? "binary" : kind.rawValue }
}
