import Terms

/// The Bitwise module, by name (`band`) and by operator (`&&&`), on integers of any size.
enum BitwiseBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var bitwise = BuiltinModule("Elixir.Bitwise")
        // Each operation, and for the shifts the left shift its amount stands for (checked against SizeLimits).
        let binary: [([String], @Sendable (Term, Term) -> Term?, (@Sendable (Term) -> Term?)?)] = [
            (["band", "&&&"], Term.bitwiseAnd, nil), (["bor", "|||"], Term.bitwiseOr, nil), (["bxor"], Term.bitwiseXor, nil),
            (["bsl", "<<<"], Term.shiftLeft, { $0 }),
            (["bsr", ">>>"], { value, amount in Term.negate(amount).flatMap { Term.shiftLeft(value, $0) } }, Term.negate),
        ]
        for (names, operation, leftShift) in binary {
            let checked = IntegerBuiltins.integerOperation(.linear, operation)
            for name in names {
                bitwise.define(name, 2) { (args, context) throws(GuestError) -> Term in
                    if let amount = leftShift?(args[1]) {
                        context.charge(try BigIntegerWork.admitShift(args[0], by: amount, process: context.process))
                    }
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
