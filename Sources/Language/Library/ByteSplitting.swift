/// Splitting byte strings on separators, as `String.split` and `String.replace` do.
/// Pieces are byte ranges of the subject, so a limited split can return the untouched rest.
enum ByteSplitting {
    /// The ranges of `bytes` between non-overlapping matches of any separator (leftmost, then longest).
    static func pieces(_ bytes: [UInt8], on separators: [[UInt8]]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        while let (position, length) = firstMatch(of: separators, in: bytes, from: start) {
            parts.append(start..<position)
            start = position + length
        }
        parts.append(start..<bytes.count)
        return parts
    }

    /// Splitting on the empty string: an empty piece, each grapheme, and an empty piece.
    static func graphemePieces(_ bytes: [UInt8]) -> [Range<Int>] {
        var parts: [Range<Int>] = [0..<0]
        var start = 0
        for character in String(decoding: bytes, as: UTF8.self) {
            let end = start + String(character).utf8.count
            parts.append(start..<end)
            start = end
        }
        parts.append(bytes.count..<bytes.count)
        return parts
    }

    /// Splits `bytes` on one separator.
    static func split(_ bytes: [UInt8], on separator: [UInt8]) -> [[UInt8]] {
        pieces(bytes, on: [separator]).map { Array(bytes[$0]) }
    }

    /// Where the earliest match of any non-empty separator starts at or after `from`, and its length.
    static func firstMatch(of separators: [[UInt8]], in bytes: [UInt8], from: Int) -> (Int, Int)? {
        var position = from
        while position < bytes.count {
            let lengths = separators.filter { !$0.isEmpty && matches($0, in: bytes, at: position) }.map(\.count)
            if let longest = lengths.max() { return (position, longest) }
            position += 1
        }
        return nil
    }

    private static func matches(_ separator: [UInt8], in bytes: [UInt8], at position: Int) -> Bool {
        position + separator.count <= bytes.count && bytes[position..<(position + separator.count)].elementsEqual(separator)
    }

    /// Applies `String.split`'s `parts:` and `trim:` options: at most `limit` pieces, the last one
    /// running to the end of `bytes`; with `trim`, empty pieces are dropped.
    static func limit(_ pieces: [Range<Int>], to limit: Int, trim: Bool, in bytes: [UInt8]) -> [[UInt8]] {
        let kept = trim ? pieces.filter { !$0.isEmpty } : pieces
        guard kept.count > limit else { return kept.map { Array(bytes[$0]) } }
        let head = kept.prefix(limit - 1).map { Array(bytes[$0]) }
        return head + [Array(bytes[kept[limit - 1].lowerBound...])]
    }
}
