import Terms

/// String functions on graphemes: case, length, reversal, indexing and slicing.
enum StringBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var string = BuiltinModule("Elixir.String")
        defineCase(&string)
        defineGraphemes(&string)
        defineSlicing(&string)
        return string.builtins
    }

    /// A builtin taking one string and returning a term computed from its text.
    static func unary(_ transform: @escaping @Sendable (String) -> Term) -> @Sendable (Arguments, BuiltinContext) throws(GuestError) -> Term {
        { (args, _) throws(GuestError) -> Term in transform(try ArgumentChecks.string(args[0])) }
    }

    private static func defineCase(_ string: inout BuiltinModule) {
        string.define("upcase", 1, unary { .string($0.uppercased()) })
        string.define("downcase", 1, unary { .string($0.lowercased()) })
        string.define("capitalize", 1, unary { text in
            guard let first = text.first else { return .string("") }
            return .string(String(first).uppercased() + text.dropFirst().lowercased())
        })
        StringCaseMapping.define(&string)
    }

    private static func defineGraphemes(_ string: inout BuiltinModule) {
        string.define("length", 1, unary { .int($0.count) })
        string.define("reverse", 1, unary { .string(String($0.reversed())) })
        string.define("graphemes", 1, unary { .list($0.map { .string(String($0)) }) })
        string.define("codepoints", 1, unary { .list($0.unicodeScalars.map { .string(String($0)) }) })
        string.define("first", 1, unary { text in text.first.map { .string(String($0)) } ?? .nil })
        string.define("last", 1, unary { text in text.last.map { .string(String($0)) } ?? .nil })
        string.define("next_grapheme", 1, unary { text in
            guard let first = text.first else { return .nil }
            return .tuple(.string(String(first)), .string(String(text.dropFirst())))
        })
        string.define("next_codepoint", 1, unary { text in
            guard let first = text.unicodeScalars.first else { return .nil }
            return .tuple(.string(String(first)), .string(String(text.unicodeScalars.dropFirst())))
        })
        string.define("at", 2) { (args, _) throws(GuestError) -> Term in
            let characters = Array(try ArgumentChecks.string(args[0]))
            let position = try ArgumentChecks.integer(args[1], position: 2)
            let index = position < 0 ? characters.count + position : position
            return characters.indices.contains(index) ? .string(String(characters[index])) : .nil
        }
    }

    private static func defineSlicing(_ string: inout BuiltinModule) {
        string.define("slice", 3) { (args, _) throws(GuestError) -> Term in
            let characters = Array(try ArgumentChecks.string(args[0]))
            let start = try ArgumentChecks.integer(args[1], position: 2)
            let length = try ArgumentChecks.integer(args[2], position: 3)
            let first = start < 0 ? max(characters.count + start, 0) : start
            return .string(GraphemeSlicing.slice(characters, from: first, to: first + length - 1))
        }
        string.define("slice", 2) { (args, _) throws(GuestError) -> Term in
            let characters = Array(try ArgumentChecks.string(args[0]))
            guard let (first, last) = GraphemeSlicing.bounds(args[1]) else { throw .badFunction(args[1]) }
            let start = first < 0 ? max(characters.count + first, 0) : first
            let end = last < 0 ? characters.count + last : last
            return .string(GraphemeSlicing.slice(characters, from: start, to: end))
        }
        string.define("split_at", 2) { (args, _) throws(GuestError) -> Term in
            let characters = Array(try ArgumentChecks.string(args[0]))
            let position = try ArgumentChecks.integer(args[1], position: 2)
            let index = min(max(position < 0 ? characters.count + position : position, 0), characters.count)
            return .tuple(.string(String(characters[..<index])), .string(String(characters[index...])))
        }
    }
}

/// Cutting a run of graphemes by inclusive positions, as `String.slice` does.
enum GraphemeSlicing {
    /// The graphemes from `start` through `end`, clamped to the text; empty when the range is empty.
    static func slice(_ characters: [Character], from start: Int, to end: Int) -> String {
        let last = min(end, characters.count - 1)
        guard start <= last, start < characters.count else { return "" }
        return String(characters[start...last])
    }

    /// A range's first and last, or nil when the term is not a range of integers.
    static func bounds(_ range: Term) -> (Int, Int)? {
        guard range.structName == Atom("Elixir.Range"), case .map(let box) = range,
              case .int(let first) = box.get(.atom("first")) ?? .nil,
              case .int(let last) = box.get(.atom("last")) ?? .nil else { return nil }
        return (first, last)
    }
}
