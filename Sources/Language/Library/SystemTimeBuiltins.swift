import Terms

/// `System.convert_time_unit/3` and `System.os_time`.
enum SystemTimeBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var system = BuiltinModule("Elixir.System")
        system.define("convert_time_unit", 3) { (args, _) throws(GuestError) -> Term in
            _ = try ArgumentChecks.integerLike(args[0])
            let from = try perSecond(args[1])
            let to = try perSecond(args[2])
            guard let scaled = Term.multiply(args[0], .int(to)), let result = Term.flooredDivide(scaled, .int(from)) else {
                throw .badArithmetic
            }
            return result
        }
        system.define("os_time", 0) { (_, _) throws(GuestError) -> Term in .int(TimeUnits.systemNanoseconds()) }
        system.define("os_time", 1) { (args, _) throws(GuestError) -> Term in
            .int(try TimeUnits.convert(TimeUnits.systemNanoseconds(), to: args[0]))
        }
        return system.builtins
    }

    /// How many of `unit` make one second (`:native` is nanoseconds, as proctor's clock counts).
    private static func perSecond(_ unit: Term) throws(GuestError) -> Int {
        switch unit {
        case .atom(let atom) where atom.name == "second": return 1
        case .atom(let atom) where atom.name == "millisecond": return 1_000
        case .atom(let atom) where atom.name == "microsecond": return 1_000_000
        case .atom(let atom) where atom.name == "nanosecond" || atom.name == "native": return 1_000_000_000
        case .int(let count) where count > 0: return count
        default:
            throw .argument("unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, or a positive integer, got \(unit.inspect())")
        }
    }
}
