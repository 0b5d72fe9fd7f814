import Glibc
import Terms

/// The Float module and Erlang's `:math`.
enum FloatBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var float = BuiltinModule("Elixir.Float")
        defineRounding(&float)
        float.define("parse", 1) { (args, _) throws(GuestError) -> Term in
            guard let (value, rest) = NumberParsing.float(Substring(try ArgumentChecks.string(args[0]))) else { return .atom("error") }
            return .tuple(.float(value), .string(String(rest)))
        }
        float.define("to_string", 1) { (args, _) throws(GuestError) -> Term in .string(Term.float(try number(args[0])).inspect()) }
        float.define("ratio", 1) { (args, _) throws(GuestError) -> Term in
            let (numerator, denominator) = FloatRounding.ratio(try number(args[0]))
            return .tuple(numerator, denominator)
        }
        return float.builtins
    }

    /// The float argument, or the FunctionClauseError-free ArgumentError proctor raises for others.
    static func number(_ term: Term, position: Int = 1) throws(GuestError) -> Double {
        guard case .float(let value) = term else { throw ArgumentChecks.badArgument(position, "not a float") }
        return value
    }

    private static func defineRounding(_ float: inout BuiltinModule) {
        let modes: [(String, FloatRounding.Mode)] = [("round", .halfUp), ("floor", .down), ("ceil", .up)]
        for (name, mode) in modes {
            float.define(name, 1) { (args, _) throws(GuestError) -> Term in
                .float(FloatRounding.float(try number(args[0]), places: 0, mode))
            }
            float.define(name, 2) { (args, _) throws(GuestError) -> Term in
                let places = try ArgumentChecks.integer(args[1], position: 2)
                guard (0...15).contains(places) else { throw ArgumentChecks.badArgument(2, "out of range") }
                return .float(FloatRounding.float(try number(args[0]), places: places, mode))
            }
        }
    }
}

/// Erlang's `:math` functions (always returning floats).
enum MathBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var math = BuiltinModule("math")
        math.define("pi", 0) { (_, _) throws(GuestError) -> Term in .float(Double.pi) }
        let unary: [(String, @Sendable (Double) -> Double)] = [
            ("sqrt", { $0.squareRoot() }), ("floor", { $0.rounded(.down) }), ("ceil", { $0.rounded(.up) }),
            ("log", { Glibc.log($0) }), ("log2", { Glibc.log2($0) }), ("log10", { Glibc.log10($0) }), ("exp", { Glibc.exp($0) }),
            ("sin", { Glibc.sin($0) }), ("cos", { Glibc.cos($0) }), ("tan", { Glibc.tan($0) }),
            ("asin", { Glibc.asin($0) }), ("acos", { Glibc.acos($0) }), ("atan", { Glibc.atan($0) }),
            ("sinh", { Glibc.sinh($0) }), ("cosh", { Glibc.cosh($0) }), ("tanh", { Glibc.tanh($0) }),
            ("asinh", { Glibc.asinh($0) }), ("acosh", { Glibc.acosh($0) }), ("atanh", { Glibc.atanh($0) }),
            ("erf", { Glibc.erf($0) }), ("erfc", { Glibc.erfc($0) }),
        ]
        for (name, function) in unary {
            math.define(name, 1) { (args, _) throws(GuestError) -> Term in
                guard let value = args[0].floatValue else { throw .badArithmetic }
                return try finite(function(value))
            }
        }
        let binary: [(String, @Sendable (Double, Double) -> Double)] = [
            ("pow", { Glibc.pow($0, $1) }), ("atan2", { Glibc.atan2($0, $1) }), ("fmod", { Glibc.fmod($0, $1) }),
        ]
        for (name, function) in binary {
            math.define(name, 2) { (args, _) throws(GuestError) -> Term in
                guard let left = args[0].floatValue, let right = args[1].floatValue else { throw .badArithmetic }
                return try finite(function(left, right))
            }
        }
        return math.builtins
    }

    /// The result as a float term; ArithmeticError for NaN and infinities, as the BEAM raises.
    private static func finite(_ value: Double) throws(GuestError) -> Term {
        guard value.isFinite else { throw .badArithmetic }
        return .float(value)
    }
}
