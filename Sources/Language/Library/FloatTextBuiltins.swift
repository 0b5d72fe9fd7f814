import Glibc
import Terms

/// Erlang's `float_to_binary/1,2` and `float_to_list/1,2`: `decimals:`, `scientific:`, `:compact`
/// and `:short`, from the float's exact binary value as OTP writes it.
enum FloatTextBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var erlang = BuiltinModule("erlang")
        erlang.define("float_to_binary", 1) { (args, _) throws(GuestError) -> Term in
            .string(try text(args[0], options: .emptyList))
        }
        erlang.define("float_to_binary", 2) { (args, _) throws(GuestError) -> Term in
            .string(try text(args[0], options: args[1]))
        }
        erlang.define("float_to_list", 1) { (args, _) throws(GuestError) -> Term in
            charlist(try text(args[0], options: .emptyList))
        }
        erlang.define("float_to_list", 2) { (args, _) throws(GuestError) -> Term in
            charlist(try text(args[0], options: args[1]))
        }
        return erlang.builtins
    }

    private enum Style {
        case scientific(Int), decimals(Int), short
    }

    /// The float's text under the option list `options`.
    static func text(_ float: Term, options: Term) throws(GuestError) -> String {
        let value = try FloatBuiltins.number(float)
        guard let list = options.properListElements else { throw ArgumentChecks.badArgument(2, "not a list") }
        var style = Style.scientific(20)
        var compact = false
        for option in list {
            switch option {
            case .atom(let atom) where atom.name == "compact": compact = true
            case .atom(let atom) where atom.name == "short": style = .short
            case .tuple(let pair) where pair.elements.count == 2:
                guard case .atom(let key) = pair.elements[0], case .int(let count) = pair.elements[1] else {
                    throw ArgumentChecks.badArgument(2, "invalid option in list")
                }
                switch key.name {
                case "decimals" where (0...253).contains(count): style = .decimals(count)
                case "scientific" where (0...249).contains(count): style = .scientific(count)
                default: throw ArgumentChecks.badArgument(2, "invalid option in list")
                }
            default: throw ArgumentChecks.badArgument(2, "invalid option in list")
            }
        }
        switch style {
        case .short: return Term.float(value).inspect()
        case .scientific(let digits): return printed(value, format: "%.\(digits)e")
        case .decimals(let digits):
            let text = FloatRounding.decimalText(value, places: digits)
            return compact && digits > 0 ? withoutTrailingZeros(text) : text
        }
    }

    private static func printed(_ value: Double, format: String) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        _ = withVaList([value]) { arguments in vsnprintf(&buffer, buffer.count, format, arguments) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `2.5000` as `2.5` and `2.0000` as `2.0`: trailing zeros dropped, one digit kept after the point.
    private static func withoutTrailingZeros(_ text: String) -> String {
        var result = text
        while result.hasSuffix("0"), !result.hasSuffix(".0") { result.removeLast() }
        return result
    }

    private static func charlist(_ text: String) -> Term {
        .list(text.unicodeScalars.map { .int(Int($0.value)) })
    }
}
