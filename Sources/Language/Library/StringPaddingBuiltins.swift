import Terms

/// String functions that add or remove text at the ends: the trim and pad families, duplicate.
enum StringPaddingBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var string = BuiltinModule("Elixir.String")
        defineTrimming(&string)
        definePadding(&string)
        string.define("duplicate", 2) { (args, context) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[0])
            let count = try ArgumentChecks.integer(args[1], position: 2)
            guard count >= 0 else { throw ArgumentChecks.badArgument(2, "out of range") }
            let (total, overflow) = bytes.count.multipliedReportingOverflow(by: count)
            try SizeLimits.checkBinary(bytes: overflow ? Int.max : total)
            try context.reserve(bytes: total)
            return .binary(BinaryBox(repeated(bytes, count: count)))
        }
        return string.builtins
    }

    /// Which ends a trim works on.
    private struct Ends {
        let leading: Bool
        let trailing: Bool
    }

    private static func defineTrimming(_ string: inout BuiltinModule) {
        let variants = [("trim", Ends(leading: true, trailing: true)),
                        ("trim_leading", Ends(leading: true, trailing: false)),
                        ("trim_trailing", Ends(leading: false, trailing: true))]
        for (name, ends) in variants {
            string.define(name, 1) { (args, _) throws(GuestError) -> Term in
                .string(trimWhitespace(try ArgumentChecks.string(args[0]), ends))
            }
            string.define(name, 2) { (args, _) throws(GuestError) -> Term in
                let bytes = try ArgumentChecks.binary(args[0])
                let unit = try ArgumentChecks.binary(args[1], position: 2)
                return .binary(BinaryBox(trimRepeats(bytes, of: unit, ends)))
            }
        }
    }

    private static func trimWhitespace(_ text: String, _ ends: Ends) -> String {
        var characters = Substring(text)
        if ends.leading { characters = characters.drop(while: \.isWhitespace) }
        if ends.trailing { while characters.last?.isWhitespace == true { characters.removeLast() } }
        return String(characters)
    }

    private static func trimRepeats(_ bytes: [UInt8], of unit: [UInt8], _ ends: Ends) -> [UInt8] {
        guard !unit.isEmpty else { return bytes }
        var slice = bytes[...]
        if ends.leading { while slice.starts(with: unit) { slice = slice.dropFirst(unit.count) } }
        if ends.trailing { while slice.reversed().starts(with: unit.reversed()) { slice = slice.dropLast(unit.count) } }
        return Array(slice)
    }

    private static func definePadding(_ string: inout BuiltinModule) {
        for (name, leading) in [("pad_leading", true), ("pad_trailing", false)] {
            string.define(name, 2) { (args, context) throws(GuestError) -> Term in
                try pad(args[0], args[1], " ", leading: leading, context: context)
            }
            string.define(name, 3) { (args, context) throws(GuestError) -> Term in
                try pad(args[0], args[1], try ArgumentChecks.string(args[2], position: 3), leading: leading, context: context)
            }
        }
    }

    private static func pad(
        _ subject: Term, _ width: Term, _ padding: String, leading: Bool, context: BuiltinContext
    ) throws(GuestError) -> Term {
        let text = try ArgumentChecks.string(subject)
        let count = try ArgumentChecks.integer(width, position: 2)
        guard count >= 0 else { throw ArgumentChecks.badArgument(2, "out of range") }
        let missing = count - text.count
        guard missing > 0 else { return subject }
        try SizeLimits.checkBinary(bytes: count)
        try context.reserve(bytes: count)
        guard !padding.isEmpty else { throw ArgumentChecks.badArgument(3, "empty padding") }
        let fill = Self.fill(missing, from: padding)
        let bytes = Array(text.utf8)
        return .binary(BinaryBox(leading ? fill + bytes : bytes + fill))
    }

    /// `count` graphemes of `padding` over and over, as bytes: whole copies of the padding by
    /// doubling, then the first graphemes of one more copy.
    private static func fill(_ count: Int, from padding: String) -> [UInt8] {
        let units = Array(padding)
        var bytes = repeated(Array(padding.utf8), count: count / units.count)
        for unit in units.prefix(count % units.count) { bytes.append(contentsOf: String(unit).utf8) }
        return bytes
    }

    /// `count` copies of `bytes` one after another, by doubling (a few copies of memory, not `count`).
    private static func repeated(_ bytes: [UInt8], count: Int) -> [UInt8] {
        let total = bytes.count * count
        guard total > 0 else { return [] }
        var result = bytes
        result.reserveCapacity(total)
        while result.count * 2 <= total { result.append(contentsOf: result) }
        result.append(contentsOf: result[0..<(total - result.count)])
        return result
    }
}
