import Terms

/// `:erlang.list_to_bitstring/1` and `:erlang.bitstring_to_list/1`: bitstrings as lists of bytes
/// (and bitstrings, nested, for the bits that are not whole bytes).
enum BitstringListBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var erlang = BuiltinModule("erlang")
        erlang.define("bitstring_to_list", 1) { (args, _) throws(GuestError) -> Term in
            let box = try ArgumentChecks.bitstring(args[0])
            var elements = box.slice.prefix(box.bitCount / 8).map { Term.int(Int($0)) }
            if !box.isBinary { elements.append(.binary(box.bits(from: box.bitCount / 8 * 8))) }
            return .list(elements)
        }
        erlang.define("list_to_bitstring", 1) { (args, context) throws(GuestError) -> Term in
            var writer = BitWriter()
            let isList = switch args[0] { case .cons, .emptyList: true; default: false }
            guard isList, append(args[0], into: &writer) else {
                throw ArgumentChecks.badArgument(1, "not a bitstring list")
            }
            try context.reserve(bytes: (writer.bitCount + 7) / 8)
            return .binary(writer.box())
        }
        return erlang.builtins
    }

    /// Appends a bitstring list (bytes, bitstrings, nested lists, a bitstring tail) with an
    /// explicit stack of pending elements; false on anything else.
    private static func append(_ list: Term, into writer: inout BitWriter) -> Bool {
        var pending: [Term] = [list]
        while let next = pending.popLast() {
            switch next {
            case .emptyList: continue
            case .cons(let cell):
                pending.append(cell.tail)
                pending.append(cell.head)
            case .int(let byte) where (0...255).contains(byte): writer.append(UInt64(byte), bits: 8)
            case .binary(let box): writer.append(box)
            default: return false
            }
        }
        return true
    }
}
