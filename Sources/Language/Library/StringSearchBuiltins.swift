import Terms

/// String functions that look for patterns: split, replace, contains?, starts_with?, ends_with?.
enum StringSearchBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var string = BuiltinModule("Elixir.String")
        defineSplitting(&string)
        defineReplacing(&string)
        definePredicates(&string)
        var helpers = BuiltinModule("proctor")
        helpers.define("string_split", 3) { (args, _) throws(GuestError) -> Term in try split(args[0], args[1], options: args[2]) }
        helpers.define("string_matches", 3) { (args, _) throws(GuestError) -> Term in try matches(args[0], args[1], global: args[2]) }
        return string.builtins + helpers.builtins
    }

    /// A pattern argument: one binary or a list of binaries.
    static func patterns(_ term: Term, position: Int) throws(GuestError) -> [[UInt8]] {
        if case .binary(let box) = term { return [box.bytes] }
        guard let elements = term.properListElements else { throw ArgumentChecks.badArgument(position, "not a valid pattern") }
        var result: [[UInt8]] = []
        for element in elements { result.append(try ArgumentChecks.binary(element, position: position)) }
        return result
    }

    private static func defineSplitting(_ string: inout BuiltinModule) {
        string.define("split", 1) { (args, context) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[0])
            let words = WhitespaceSplitting.words(bytes)
            context.chargeElements(words.count)
            return .list(words.map { .binary(BinaryBox(Array(bytes[$0]))) })
        }
    }

    /// `String.split/3` on a string or a list of strings (the prelude's `String.split` sends regexes to `Regex.split`).
    private static func split(_ subject: Term, _ pattern: Term, options: Term) throws(GuestError) -> Term {
        let bytes = try ArgumentChecks.binary(subject)
        let separators = try patterns(pattern, position: 2)
        var limit = Int.max
        if case .int(let parts) = KeywordOptions.value(options, "parts") ?? .nil, parts > 0 { limit = parts }
        let trim = KeywordOptions.flag(options, "trim")
        let pieces = separators.allSatisfy(\.isEmpty)
            ? ByteSplitting.graphemePieces(bytes)
            : ByteSplitting.pieces(bytes, on: separators)
        return .list(ByteSplitting.limit(pieces, to: limit, trim: trim, in: bytes).map { .binary(BinaryBox($0)) })
    }

    private static func defineReplacing(_ string: inout BuiltinModule) {
        string.define("replace_prefix", 3) { (args, _) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[0])
            let prefix = try ArgumentChecks.binary(args[1], position: 2)
            let replacement = try ArgumentChecks.binary(args[2], position: 3)
            guard bytes.starts(with: prefix) else { return args[0] }
            return .binary(BinaryBox(replacement + bytes.dropFirst(prefix.count)))
        }
        string.define("replace_suffix", 3) { (args, _) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[0])
            let suffix = try ArgumentChecks.binary(args[1], position: 2)
            let replacement = try ArgumentChecks.binary(args[2], position: 3)
            guard bytes.reversed().starts(with: suffix.reversed()) else { return args[0] }
            return .binary(BinaryBox(Array(bytes.dropLast(suffix.count)) + replacement))
        }
    }

    /// `subject` cut around the matches of `pattern`: piece, match, piece, ..., piece; with
    /// `global` false only the first match is cut. The library's `String.replace` joins them back.
    private static func matches(_ subject: Term, _ pattern: Term, global: Term) throws(GuestError) -> Term {
        let bytes = try ArgumentChecks.binary(subject)
        let separators = try patterns(pattern, position: 2)
        let all = separators.allSatisfy(\.isEmpty)
            ? ByteSplitting.graphemePieces(bytes)
            : ByteSplitting.pieces(bytes, on: separators)
        let pieces = global == .false && all.count > 2 ? [all[0], all[1].lowerBound..<bytes.count] : all
        var parts: [Term] = [.binary(BinaryBox(Array(bytes[pieces[0]])))]
        for (previous, next) in zip(pieces, pieces.dropFirst()) {
            parts.append(.binary(BinaryBox(Array(bytes[previous.upperBound..<next.lowerBound]))))
            parts.append(.binary(BinaryBox(Array(bytes[next]))))
        }
        return .list(parts)
    }

    private static func definePredicates(_ string: inout BuiltinModule) {
        string.define("contains?", 2) { (args, _) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[0])
            let found = try patterns(args[1], position: 2).contains { $0.isEmpty || ByteSplitting.firstMatch(of: [$0], in: bytes, from: 0) != nil }
            return .bool(found)
        }
        string.define("starts_with?", 2) { (args, _) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[0])
            return .bool(try patterns(args[1], position: 2).contains { bytes.starts(with: $0) })
        }
        string.define("ends_with?", 2) { (args, _) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[0])
            return .bool(try patterns(args[1], position: 2).contains { bytes.reversed().starts(with: $0.reversed()) })
        }
    }
}
