import Terms

/// `Regex.split/3` and `String.split/3` with a regex, as Elixir 1.14 splits: on every match (or
/// the groups given by `on:`), at most `parts:` pieces, `trim:` dropping empty pieces,
/// `include_captures:` keeping the matched text between the pieces.
enum RegexSplitting {
    /// The pieces of `subject` around the matches of `regex`.
    static func split(_ regex: Term, _ subject: Term, options: Term, _ context: BuiltinContext) throws(GuestError) -> Term {
        let bytes = try ArgumentChecks.binary(subject, position: 2)
        let program = try RegexValue.program(of: regex, position: 1)
        let trim = KeywordOptions.flag(options, "trim")
        guard !bytes.isEmpty else { return .list(trim ? [] : [.string("")]) }
        var runOptions: [Term] = [.tuple(.atom("capture"), KeywordOptions.value(options, "on") ?? .atom("first"), .atom("index"))]
        runOptions.append(.atom("global"))
        let settings = try RegexRunOptions(.list(runOptions), program: program)
        let matcher = RegexMatcher(program: program, subject: bytes)
        let found = matcher.matches(from: 0, global: true)
        context.charge(matcher.steps / RegexBuiltins.stepsPerReduction)
        guard let found, !found.isEmpty, !settings.capturesNothing else { return .list([subject]) }
        let cuts = found.flatMap { settings.ranges($0) }
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
