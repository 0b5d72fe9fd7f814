import Terms

/// iodata (nested lists of bytes and binaries): `IO.iodata_to_binary`, `IO.iodata_length`, `IO.chardata_to_string`.
enum IODataBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var io = BuiltinModule("Elixir.IO")
        io.define("iodata_to_binary", 1) { (args, _) throws(GuestError) -> Term in .binary(BinaryBox(try bytes(args[0]))) }
        io.define("iodata_length", 1) { (args, _) throws(GuestError) -> Term in .int(try bytes(args[0]).count) }
        io.define("chardata_to_string", 1) { (args, _) throws(GuestError) -> Term in
            switch args[0] {
            case .binary, .emptyList, .cons: return .binary(BinaryBox(try TextOperations.displayBytes(args[0])))
            default:
                throw .exception("FunctionClauseError", [
                    ("module", .atom("Elixir.IO")), ("function", .atom("chardata_to_string")), ("arity", .int(1)),
                    ("kind", .atom("def")), ("args", .list([args[0]])), ("clauses", .nil),
                ])
            }
        }
        return io.builtins
    }

    /// The bytes of an iodata term, raising ArgumentError for anything else.
    static func bytes(_ term: Term) throws(GuestError) -> [UInt8] {
        var result: [UInt8] = []
        try append(term, to: &result, top: true)
        return result
    }

    private static func append(_ term: Term, to result: inout [UInt8], top: Bool) throws(GuestError) {
        switch term {
        case .binary(let box) where box.isBinary: result.append(contentsOf: box.slice)
        case .int(let value) where !top && (0...255).contains(value): result.append(UInt8(value))
        case .emptyList: return
        case .cons:
            var rest = term
            while case .cons(let cell) = rest {
                try append(cell.head, to: &result, top: false)
                rest = cell.tail
            }
            if case .binary(let box) = rest, box.isBinary { result.append(contentsOf: box.slice) } else if rest != .emptyList { throw notIOData }
        default: throw notIOData
        }
    }

    private static let notIOData = ArgumentChecks.badArgument(1, "not an iodata term")
}
