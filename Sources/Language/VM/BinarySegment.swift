import Terms

/// Taking one segment of a binary pattern from the front of a binary.
enum BinarySegment {
    /// The segment `spec` describes (`{:binary, n | :all}`, `{:integer, bits}`, `{:utf8, 0}`) and the
    /// rest of `subject`; nil when `subject` is not a binary or does not hold such a segment.
    static func take(_ spec: Term, from subject: Term) -> (Term, Term)? {
        guard case .binary(let box) = subject, case .tuple(let parts) = spec, parts.elements.count == 2,
            case .atom(let kind) = parts.elements[0]
        else { return nil }
        let bytes = box.bytes
        switch (kind.name, parts.elements[1]) {
        case ("binary", .int(let count)):
            guard count >= 0, count <= bytes.count else { return nil }
            return (.binary(BinaryBox(Array(bytes[..<count]))), .binary(BinaryBox(Array(bytes[count...]))))
        case ("binary", _):
            return (subject, .string(""))
        case ("integer", .int(let bits)):
            guard bits > 0, bits % 8 == 0, bits <= 56, bits / 8 <= bytes.count else { return nil }
            let value = bytes[..<(bits / 8)].reduce(0) { $0 << 8 | Int($1) }
            return (.int(value), .binary(BinaryBox(Array(bytes[(bits / 8)...]))))
        case ("utf8", _):
            return utf8(bytes)
        default:
            return nil
        }
    }

    /// The first UTF-8 code point as an integer, and the bytes after it.
    private static func utf8(_ bytes: [UInt8]) -> (Term, Term)? {
        guard let first = bytes.first else { return nil }
        let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
        guard length > 0, length <= bytes.count else { return nil }
        guard let scalar = String(decoding: bytes[..<length], as: UTF8.self).unicodeScalars.first, scalar != "\u{FFFD}" else { return nil }
        return (.int(Int(scalar.value)), .binary(BinaryBox(Array(bytes[length...]))))
    }
}
