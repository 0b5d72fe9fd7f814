/// `String.split/1`: the words of a byte string, between runs of whitespace, read byte by byte.
///
/// Whitespace is Unicode's White_Space except the non-breaking spaces (U+00A0, U+2007, U+202F),
/// as Elixir splits; bytes that are not valid UTF-8 belong to the words around them, unchanged.
enum WhitespaceSplitting {
    /// The ranges of `bytes` that are words, in order.
    static func words(_ bytes: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        var index = 0
        while index < bytes.count {
            let (length, isSpace) = character(at: index, in: bytes)
            if isSpace {
                if let first = start { words.append(first..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
            index += length
        }
        if let first = start { words.append(first..<bytes.count) }
        return words
    }

    /// The length in bytes of the character at `index` and whether it separates words.
    private static func character(at index: Int, in bytes: [UInt8]) -> (length: Int, isSpace: Bool) {
        let byte = bytes[index]
        if byte < 0x80 { return (1, byte == 0x20 || (0x09...0x0D).contains(byte)) }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return (1, false) }
        return (UTF8.width(scalar), isSeparator(scalar))
    }

    private static let nonBreakingSpaces: Set<UInt32> = [0xA0, 0x2007, 0x202F]

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace && !nonBreakingSpaces.contains(scalar.value)
    }
}
