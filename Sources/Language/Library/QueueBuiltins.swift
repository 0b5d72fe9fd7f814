import Terms

/// `:queue.in/2`, the one function of Erlang's `:queue` that cannot be written in Elixir (its
/// name is a reserved word); the rest is `Elixir/queue.ex`.
enum QueueBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var queue = BuiltinModule("queue")
        queue.define("in", 2) { (args, _) throws(GuestError) -> Term in
            guard case .tuple(let box) = args[1], box.elements.count == 2, isList(box.elements[0]), isList(box.elements[1]) else {
                throw GuestError(.error, .atom("badarg"))
            }
            let (rear, front) = (box.elements[0], box.elements[1])
            if case .cons(let cell) = rear, cell.tail == .emptyList, front == .emptyList { return .tuple(.list([args[0]]), rear) }
            return .tuple(.cons(Cons(args[0], rear)), front)
        }
        return queue.builtins
    }

    /// Whether `term` is a list (its first cell only, as OTP's `is_list` guard).
    private static func isList(_ term: Term) -> Bool {
        switch term {
        case .emptyList, .cons: return true
        default: return false
        }
    }
}
