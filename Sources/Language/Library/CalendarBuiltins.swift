import Terms

/// The Swift half of `Calendar.ISO`: parsing ISO 8601 text (`Calendar.ISO.parse_date/1` and its
/// siblings call `:proctor.parse_iso8601/3`), with the parser the date sigils use at compile time.
enum CalendarBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("parse_iso8601", 3) { (args, context) throws(GuestError) -> Term in
            let bytes = try ArgumentChecks.binary(args[1], position: 2)
            context.chargeElements(bytes.count)
            return try parse(ISO8601Parser(bytes: bytes, format: format(args[2])), as: args[0])
        }
        return helpers.builtins
    }

    private static func format(_ term: Term) throws(GuestError) -> ISO8601Parser.Format {
        switch term {
        case .atom(let atom) where atom.name == "extended": return .extended
        case .atom(let atom) where atom.name == "basic": return .basic
        default: throw ArgumentChecks.badArgument(3, "not one of :extended, :basic")
        }
    }

    /// `{:ok, fields}` (`{:ok, fields, offset}` for a UTC date and time) or `{:error, reason}`.
    private static func parse(_ parser: ISO8601Parser, as kind: Term) throws(GuestError) -> Term {
        switch kind {
        case .atom(let atom) where atom.name == "date":
            return result(parser.date().map { .tuple(dateFields($0)) })
        case .atom(let atom) where atom.name == "time":
            return result(parser.time().map { .tuple(timeFields($0)) })
        case .atom(let atom) where atom.name == "naive_datetime":
            return result(parser.naiveDateTime().map { .tuple(dateFields($0.0) + timeFields($0.1)) })
        case .atom(let atom) where atom.name == "utc_datetime":
            switch parser.utcDateTime() {
            case .success((let date, let time, let offset)): return .tuple(.ok, .tuple(dateFields(date) + timeFields(time)), .int(offset))
            case .failure(let failure): return .tuple(.atom("error"), .atom(failure.rawValue))
            }
        default:
            throw ArgumentChecks.badArgument(1, "not one of :date, :time, :naive_datetime, :utc_datetime")
        }
    }

    private static func result(_ parsed: Result<Term, ISO8601Parser.Failure>) -> Term {
        switch parsed {
        case .success(let fields): return .tuple(.ok, fields)
        case .failure(let failure): return .tuple(.atom("error"), .atom(failure.rawValue))
        }
    }

    /// `year, month, day` as terms.
    static func dateFields(_ date: ISO8601Parser.Date) -> [Term] {
        [.int(date.year), .int(date.month), .int(date.day)]
    }

    /// `hour, minute, second, {microsecond, precision}` as terms.
    static func timeFields(_ time: ISO8601Parser.Time) -> [Term] {
        [.int(time.hour), .int(time.minute), .int(time.second), .tuple(.int(time.microsecond), .int(time.precision))]
    }
}
