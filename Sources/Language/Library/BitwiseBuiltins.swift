import Terms

/// The Bitwise module, by name (`band`) and by operator (`&&&`), on integers of any size.
enum BitwiseBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var bitwise = BuiltinModule("Elixir.Bitwise")
        let binary: [([String], @Sendable (Term, Term) -> Term?)] = [
            (["band", "&&&"], Term.bitwiseAnd), (["bor", "|||"], Term.bitwiseOr), (["bxor"], Term.bitwiseXor),
            (["bsl", "<<<"], Term.shiftLeft), (["bsr", ">>>"], { value, amount in Term.negate(amount).flatMap { Term.shiftLeft(value, $0) } }),
        ]
        for (names, operation) in binary {
            for name in names {
                let checked = IntegerBuiltins.integerOperation(operation)
                bitwise.define(name, 2) { (args, context) throws(GuestError) -> Term in
                    if names.contains("bsl") { try SizeLimits.checkShift(args[0], args[1]) }
                    if names.contains("bsr"), let left = Term.negate(args[1]) { try SizeLimits.checkShift(args[0], left) }
                    return try checked(args, context)
                }
            }
        }
        for name in ["bnot", "~~~"] {
            bitwise.define(name, 1) { (args, _) throws(GuestError) -> Term in
                guard let result = Term.bitwiseNot(args[0]) else { throw .badArithmetic }
                return result
            }
        }
        return bitwise.builtins
    }
}
