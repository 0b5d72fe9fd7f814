import Runtime
import Terms

/// Erlang's `:io.format/1,2,3` (and `fwrite`), which write, and `:io_lib.format/2` (and
/// `fwrite`), which return the text as a charlist (a flat one, where OTP returns a deep list
/// of the same characters).
enum IOFormatBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var io = BuiltinModule("io")
        var ioLib = BuiltinModule("io_lib")
        for name in ["format", "fwrite"] {
            io.define(name, 1) { (args, context) throws(GuestError) -> Term in
                context.process.write(try formatted(args[0], .emptyList))
                return .ok
            }
            io.define(name, 2) { (args, context) throws(GuestError) -> Term in
                context.process.write(try formatted(args[0], args[1]))
                return .ok
            }
            io.define(name, 3) { (args, context) throws(GuestError) -> Term in
                let text = try formatted(args[1], args[2])
                context.process.write(text, to: try device(args[0]))
                return .ok
            }
            ioLib.define(name, 2) { (args, _) throws(GuestError) -> Term in
                .list(try pieces(args[0], args[1]).flatMap { piece -> [Term] in
                    switch piece {
                    case .characters(let text): return codes(text)
                    case .field(let text): return [.list(codes(text))]
                    }
                })
            }
        }
        return io.builtins + ioLib.builtins
    }

    private static func codes(_ text: String) -> [Term] { text.unicodeScalars.map { .int(Int($0.value)) } }

    /// The text of `format` (a string, charlist or atom) with `arguments` (a list).
    private static func formatted(_ format: Term, _ arguments: Term) throws(GuestError) -> String {
        try pieces(format, arguments).map(\.text).joined()
    }

    /// The pieces of `format` with `arguments`, or the BEAM's ArgumentError.
    private static func pieces(_ format: Term, _ arguments: Term) throws(GuestError) -> [ErlangFormat.Piece] {
        let formatText: String
        if case .atom(let atom) = format {
            formatText = atom.name
        } else {
            guard case .success(let text) = format.toDisplayString() else { throw ArgumentChecks.badArgument(1, "not a valid format string") }
            formatText = text
        }
        guard let list = arguments.properListElements else { throw ArgumentChecks.badArgument(2, "not a list") }
        do {
            return try ErlangFormat.pieces(formatText, list)
        } catch {
            switch error {
            case .wrongArgumentCount: throw ArgumentChecks.badArgument(1, "wrong number of arguments")
            case .invalidControl(let letter): throw ArgumentChecks.badArgument(1, "format string invalid (invalid control ~\(letter))")
            case .badArgument(let position, let type): throw ArgumentChecks.badArgument(2, "element \(position) must be of type \(type)")
            }
        }
    }

    /// `:standard_io`, `:standard_error` or a process's group leader (its own output).
    private static func device(_ term: Term) throws(GuestError) -> OutputStreamKind {
        switch term {
        case .atom(Atom("standard_io")), .atom(Atom("user")), .pid: return .standardOutput
        case .atom(Atom("standard_error")): return .standardError
        default: throw ArgumentChecks.badArgument(1, "not a device")
        }
    }
}
