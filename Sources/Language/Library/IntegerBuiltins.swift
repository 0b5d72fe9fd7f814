import Terms

/// The Integer module: parsing, bases, digits, pow, floored division.
enum IntegerBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var integer = BuiltinModule("Elixir.Integer")
        defineText(&integer)
        defineArithmetic(&integer)
        defineDigits(&integer)
        return integer.builtins
    }

    /// An integer-only binary operation raising ArithmeticError where the BEAM does, charged for
    /// the words of big integers as an operation of `kind`.
    static func integerOperation(
        _ kind: BigIntegerWork.Kind, _ operation: @escaping @Sendable (Term, Term) -> Term?
    ) -> @Sendable (Arguments, BuiltinContext) throws(GuestError) -> Term {
        { (args, context) throws(GuestError) -> Term in
            _ = try ArgumentChecks.integerLike(args[0])
            _ = try ArgumentChecks.integerLike(args[1], position: 2)
            context.charge(try BigIntegerWork.admit(kind, args[0], args[1], process: context.process))
            guard let result = operation(args[0], args[1]) else { throw .badArithmetic }
            return result
        }
    }

    private static func radix(_ term: Term) throws(GuestError) -> Int {
        let base = try ArgumentChecks.integer(term, position: 2)
        guard (2...36).contains(base) else { throw ArgumentChecks.badArgument(2, "out of range") }
        return base
    }

    private static func text(_ args: Arguments, radix base: Int, context: BuiltinContext) throws(GuestError) -> String {
        let value = try ArgumentChecks.integerLike(args[0])
        context.charge(BigIntegerWork.textReductions(value))
        guard let text = value.integerText(radix: base) else { throw ArgumentChecks.badArgument(1, "not an integer") }
        return text
    }

    private static func defineText(_ integer: inout BuiltinModule) {
        integer.define("to_string", 1) { (args, context) throws(GuestError) -> Term in .string(try text(args, radix: 10, context: context)) }
        integer.define("to_string", 2) { (args, context) throws(GuestError) -> Term in .string(try text(args, radix: try radix(args[1]), context: context)) }
        integer.define("to_charlist", 1) { (args, context) throws(GuestError) -> Term in
            .list(try text(args, radix: 10, context: context).unicodeScalars.map { .int(Int($0.value)) })
        }
        integer.define("to_charlist", 2) { (args, context) throws(GuestError) -> Term in
            .list(try text(args, radix: try radix(args[1]), context: context).unicodeScalars.map { .int(Int($0.value)) })
        }
        integer.define("parse", 1) { (args, _) throws(GuestError) -> Term in
            try parse(args[0], radix: 10)
        }
        integer.define("parse", 2) { (args, _) throws(GuestError) -> Term in
            try parse(args[0], radix: try radix(args[1]))
        }
    }

    private static func parse(_ subject: Term, radix base: Int) throws(GuestError) -> Term {
        let text = try ArgumentChecks.string(subject)
        guard let (value, rest) = NumberParsing.integerPrefix(Substring(text), radix: base) else { return .atom("error") }
        return .tuple(value, .string(String(rest)))
    }

    private static func defineArithmetic(_ integer: inout BuiltinModule) {
        integer.define("pow", 2) { (args, context) throws(GuestError) -> Term in
            _ = try ArgumentChecks.integerLike(args[0])
            _ = try ArgumentChecks.integerLike(args[1], position: 2)
            context.charge(try BigIntegerWork.admitPower(args[0], args[1], process: context.process))
            guard let result = Term.integerPower(args[0], args[1]) else { throw .badArithmetic }
            return result
        }
        integer.define("mod", 2, integerOperation(.quotient, Term.flooredModulo))
        integer.define("floor_div", 2, integerOperation(.quotient, Term.flooredDivide))
        integer.define("gcd", 2, integerOperation(.quotient, Term.greatestCommonDivisor))
        integer.define("is_even", 1) { (args, _) throws(GuestError) -> Term in
            .bool(Term.flooredModulo(try ArgumentChecks.integerLike(args[0]), .int(2)) == .int(0))
        }
        integer.define("is_odd", 1) { (args, _) throws(GuestError) -> Term in
            .bool(Term.flooredModulo(try ArgumentChecks.integerLike(args[0]), .int(2)) == .int(1))
        }
    }

    private static func defineDigits(_ integer: inout BuiltinModule) {
        integer.define("digits", 1) { (args, _) throws(GuestError) -> Term in try digits(args[0], radix: 10) }
        integer.define("digits", 2) { (args, _) throws(GuestError) -> Term in try digits(args[0], radix: try radix(args[1])) }
        integer.define("undigits", 1) { (args, _) throws(GuestError) -> Term in try undigits(args[0], radix: 10) }
        integer.define("undigits", 2) { (args, _) throws(GuestError) -> Term in try undigits(args[0], radix: try radix(args[1])) }
    }

    private static func digits(_ value: Term, radix base: Int) throws(GuestError) -> Term {
        guard let text = try ArgumentChecks.integerLike(value).integerText(radix: base) else { throw .badArithmetic }
        let negative = text.hasPrefix("-")
        let values = text.drop { $0 == "-" }.compactMap { character -> Term? in
            guard let digit = character.hexDigitValue ?? Int(exactly: (character.asciiValue ?? 0) &- 55) else { return nil }
            return .int(negative ? -digit : digit)
        }
        return .list(values)
    }

    private static func undigits(_ list: Term, radix base: Int) throws(GuestError) -> Term {
        var result = Term.int(0)
        for digit in try ArgumentChecks.list(list) {
            guard let shifted = Term.multiply(result, .int(base)), let next = Term.add(shifted, digit) else { throw .badArithmetic }
            result = next
        }
        return result
    }
}
