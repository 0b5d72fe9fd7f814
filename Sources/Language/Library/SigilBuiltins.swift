import Terms

/// The sigils: `~s`/`~S` strings, `~c`/`~C` charlists and `~w`/`~W` word lists.
/// The parser turns `~w(a b)c` into `sigil_w("a b", 'c')`, so each sigil is a Kernel function.
enum SigilBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var kernel = BuiltinModule("Elixir.Kernel")
        for name in ["sigil_s", "sigil_S"] {
            kernel.define(name, 2) { (args, _) throws(GuestError) -> Term in
                _ = try ArgumentChecks.binary(args[0])
                return args[0]
            }
        }
        for name in ["sigil_c", "sigil_C"] {
            kernel.define(name, 2) { (args, _) throws(GuestError) -> Term in CharlistBuiltins.codepoints(try ArgumentChecks.string(args[0])) }
        }
        for name in ["sigil_w", "sigil_W"] {
            kernel.define(name, 2) { (args, _) throws(GuestError) -> Term in try words(args[0], modifiers: args[1]) }
        }
        return kernel.builtins
    }

    /// The whitespace-separated words of `text`, as strings, atoms (`a`) or charlists (`c`).
    static func words(_ text: Term, modifiers: Term) throws(GuestError) -> Term {
        let words = try ArgumentChecks.string(text).split(whereSeparator: \.isWhitespace).map(String.init)
        let modifier = (modifiers.properListElements ?? []).last
        switch modifier {
        case .int(let code) where code == Int(UInt8(ascii: "a")): return .list(words.map { .atom($0) })
        case .int(let code) where code == Int(UInt8(ascii: "c")): return .list(words.map(CharlistBuiltins.codepoints))
        case nil, .int(Int(UInt8(ascii: "s"))): return .list(words.map { .string($0) })
        default: throw .argument("modifier must be one of: s, a, c")
        }
    }
}
