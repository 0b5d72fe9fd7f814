import Terms

/// String comparisons: `equivalent?`, `jaro_distance`, `bag_distance`, and `chunk` (`myers_difference` is `ListDifference`'s).
enum StringMetricsBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var string = BuiltinModule("Elixir.String")
        string.define("equivalent?", 2) { (args, _) throws(GuestError) -> Term in
            .bool(try ArgumentChecks.string(args[0]) == (try ArgumentChecks.string(args[1], position: 2)))
        }
        string.define("jaro_distance", 2) { (args, _) throws(GuestError) -> Term in
            .float(StringSimilarity.jaro(Array(try ArgumentChecks.string(args[0])), Array(try ArgumentChecks.string(args[1], position: 2))))
        }
        string.define("bag_distance", 2) { (args, _) throws(GuestError) -> Term in
            .float(StringSimilarity.bag(Array(try ArgumentChecks.string(args[0])), Array(try ArgumentChecks.string(args[1], position: 2))))
        }
        string.define("chunk", 2) { (args, _) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[0])
            let mode = try ArgumentChecks.atom(args[1], position: 2).name
            guard mode == "valid" || mode == "printable" else { throw ArgumentChecks.badArgument(2, "not :valid or :printable") }
            return .list(StringChunking.chunks(bytes, printable: mode == "printable").map { .binary(BinaryBox($0)) })
        }
        return string.builtins
    }
}

/// Similarity scores between 0.0 and 1.0 over graphemes.
enum StringSimilarity {
    /// The Jaro similarity: matching graphemes within half the longer length, less transpositions.
    static func jaro(_ left: [Character], _ right: [Character]) -> Double {
        if left == right { return 1.0 }
        guard !left.isEmpty, !right.isEmpty else { return 0.0 }
        let window = max(max(left.count, right.count) / 2 - 1, 0)
        var rightUsed = Array(repeating: false, count: right.count)
        var leftMatches: [Character] = []
        for (index, character) in left.enumerated() {
            let low = max(0, index - window)
            let high = min(right.count - 1, index + window)
            guard low <= high, let match = (low...high).first(where: { !rightUsed[$0] && right[$0] == character }) else { continue }
            rightUsed[match] = true
            leftMatches.append(character)
        }
        guard !leftMatches.isEmpty else { return 0.0 }
        let rightMatches = right.indices.filter { rightUsed[$0] }.map { right[$0] }
        let transpositions = Double(zip(leftMatches, rightMatches).filter { $0 != $1 }.count) / 2
        let matches = Double(leftMatches.count)
        return (matches / Double(left.count) + matches / Double(right.count) + (matches - transpositions) / matches) / 3
    }

    /// The bag distance: one less the share of graphemes one string has that the other lacks.
    static func bag(_ left: [Character], _ right: [Character]) -> Double {
        if left == right { return 1.0 }
        guard !left.isEmpty, !right.isEmpty else { return 0.0 }
        let leftBag = counts(left)
        let rightBag = counts(right)
        let difference = { (a: [Character: Int], b: [Character: Int]) in a.reduce(0) { $0 + max($1.value - (b[$1.key] ?? 0), 0) } }
        let largest = max(difference(leftBag, rightBag), difference(rightBag, leftBag))
        return 1.0 - Double(largest) / Double(max(left.count, right.count))
    }

    private static func counts(_ characters: [Character]) -> [Character: Int] {
        characters.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}

/// `String.chunk`: runs of valid (or printable) code points and runs of the rest.
enum StringChunking {
    /// The byte runs of `bytes`, split where code points change between accepted and not.
    static func chunks(_ bytes: [UInt8], printable: Bool) -> [[UInt8]] {
        var runs: [(accepted: Bool, bytes: [UInt8])] = []
        var index = 0
        while index < bytes.count {
            let (length, scalar) = decode(bytes, at: index)
            let accepted = scalar.map { !printable || Printability.isPrintable($0) } ?? false
            let piece = Array(bytes[index..<(index + length)])
            if let last = runs.last, last.accepted == accepted {
                runs[runs.count - 1].bytes += piece
            } else {
                runs.append((accepted, piece))
            }
            index += length
        }
        return runs.map(\.bytes)
    }

    /// The code point starting at `index` and its length in bytes, or one invalid byte.
    private static func decode(_ bytes: [UInt8], at index: Int) -> (Int, Unicode.Scalar?) {
        for length in 1...4 where index + length <= bytes.count {
            if let text = String(validating: bytes[index..<(index + length)], as: UTF8.self), let scalar = text.unicodeScalars.first {
                return (length, scalar)
            }
        }
        return (1, nil)
    }
}
