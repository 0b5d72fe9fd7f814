import Terms

/// `Regex.split/3` and `String.split/3` with a regex, as Elixir 1.14 splits: on every match (or
/// the groups given by `on:`), at most `parts:` pieces, `trim:` dropping empty pieces,
/// `include_captures:` keeping the matched text between the pieces.
enum RegexSplitting {
    /// `:proctor.regex_split_pieces(subject, run_result, options)`: the pieces of `subject` around
    /// the matches `:re.run(subject, regex, [:global, capture: on, :index])` answered.
    static func pieces(_ subject: Term, runResult: Term, options: Term) throws(GuestError) -> Term {
        let bytes = try ArgumentChecks.binary(subject)
        guard case .tuple(let tuple) = runResult, tuple.elements.count == 2, let matches = tuple.elements[1].properListElements else {
            return try pieces(bytes, cuts: nil, options: options)
        }
        var cuts: [(start: Int, length: Int)] = []
        for match in matches {
            for capture in match.properListElements ?? [] {
                guard case .tuple(let pair) = capture, pair.elements.count == 2, case .int(let start) = pair.elements[0],
                      case .int(let length) = pair.elements[1] else { throw ArgumentChecks.badArgument(2, "not a list of matches") }
                cuts.append((start, length))
            }
        }
        return try pieces(bytes, cuts: cuts, options: options)
    }

    /// The pieces around `cuts` (nil: no match at all) per the `parts:`, `trim:` and
    /// `include_captures:` options.
    private static func pieces(_ bytes: [UInt8], cuts: [(start: Int, length: Int)]?, options: Term) throws(GuestError) -> Term {
        let trim = KeywordOptions.flag(options, "trim")
        guard !bytes.isEmpty else { return .list(trim ? [] : [.string("")]) }
        guard let cuts else { return .list([.binary(BinaryBox(bytes))]) }
        let parts = try self.parts(KeywordOptions.value(options, "parts"))
        let pieces = Splitter(bytes: bytes, trim: trim, includeCaptures: KeywordOptions.flag(options, "include_captures"))
            .pieces(cuts: cuts, counter: parts)
        return .list(pieces.map { .binary(BinaryBox(Array(bytes[$0]))) })
    }

    private static func parts(_ term: Term?) throws(GuestError) -> Int {
        guard let term, term != .atom("infinity") else { return 0 }
        switch term {
        case .int(let count) where count > 0: return count
        default: throw .argument("the :parts option of a split must be a positive integer or :infinity")
        }
    }

    /// The splitting loop, one cut (a matched range) at a time.
    private struct Splitter {
        let bytes: [UInt8]
        let trim: Bool
        let includeCaptures: Bool

        func pieces(cuts: [(start: Int, length: Int)], counter start: Int) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var offset = 0
            var counter = start
            for cut in cuts {
                if trim && bytes.count <= offset { return result }
                if counter == 1 { break }
                if cut.start < offset { continue }
                let kept = offset..<cut.start
                let matched = cut.start..<(cut.start + cut.length)
                if kept.isEmpty && trim {
                    if includeCaptures {
                        result.append(matched)
                        counter -= 1
                    }
                } else {
                    result.append(kept)
                    if includeCaptures { result.append(matched) }
                    counter -= 1
                }
                offset = matched.upperBound
            }
            if trim && bytes.count <= offset { return result }
            result.append(offset..<bytes.count)
            return result
        }
    }
}
