import Terms

/// String and Integer functions.
enum TextBuiltins {
    static var all: [Builtin] {
        var string = BuiltinModule("Elixir.String")
        string.define("upcase", 1) { (args, _) throws(GuestError) -> Term in .string(try ArgumentChecks.string(args[0]).uppercased()) }
        string.define("downcase", 1) { (args, _) throws(GuestError) -> Term in .string(try ArgumentChecks.string(args[0]).lowercased()) }
        string.define("length", 1) { (args, _) throws(GuestError) -> Term in .int(try ArgumentChecks.string(args[0]).count) }
        string.define("reverse", 1) { (args, _) throws(GuestError) -> Term in .string(String(try ArgumentChecks.string(args[0]).reversed())) }
        string.define("trim", 1) { (args, _) throws(GuestError) -> Term in
            let text = try ArgumentChecks.string(args[0])
            return .string(String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()))
        }
        string.define("split", 1) { (args, _) throws(GuestError) -> Term in
            .list(try ArgumentChecks.string(args[0]).split(whereSeparator: \.isWhitespace).map { .string(String($0)) })
        }
        string.define("split", 2) { (args, _) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[0])
            let separator = try ArgumentChecks.binary(args[1], position: 2)
            return .list(ByteSplitting.split(bytes, on: separator).map { .binary(BinaryBox($0)) })
        }
        string.define("to_integer", 1) { (args, _) throws(GuestError) -> Term in
            let text = try ArgumentChecks.string(args[0])
            guard let value = Term.integer(decimalDigits: text) else { throw ArgumentChecks.badArgument(1, "not a textual representation of an integer") }
            return value
        }
        string.define("to_atom", 1) { (args, _) throws(GuestError) -> Term in .atom(try ArgumentChecks.string(args[0])) }
        var integer = BuiltinModule("Elixir.Integer")
        integer.define("to_string", 1) { (args, _) throws(GuestError) -> Term in
            _ = try ArgumentChecks.integerLike(args[0])
            return .string(args[0].inspect())
        }
        return string.builtins + integer.builtins
    }
}

/// Splitting byte strings on a separator (String.split/2 on binaries).
enum ByteSplitting {
    static func split(_ bytes: [UInt8], on separator: [UInt8]) -> [[UInt8]] {
        guard !separator.isEmpty else { return [bytes] }
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + separator.count <= bytes.count {
            if bytes[index..<(index + separator.count)].elementsEqual(separator) {
                parts.append(Array(bytes[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }
}
