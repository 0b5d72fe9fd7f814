import Terms

/// What Elixir 1.14 adds to an `ArithmeticError`'s message when it prints one with its stack
/// trace (`Exception.blame/3`): the failed operation, from the trace's first entry
/// (`bad argument in arithmetic expression: 1 / 0`, `...: div(1, 0)`).
enum ArithmeticBlame {
    private static let unaryOperators: Set<String> = ["+", "-"]
    private static let binaryOperators: Set<String> = ["+", "-", "*", "/"]
    private static let binaryFunctions: Set<String> = ["div", "rem"]
    private static let bitwiseFunctions: Set<String> = ["band", "bor", "bxor", "bsl", "bsr"]

    /// The blamed message of `exception` raised with `trace`, or nil when there is nothing to add.
    static func message(_ exception: Term, trace: Term) -> String? {
        guard exception.structName?.name == "Elixir.ArithmeticError", case .map(let fields) = exception,
            let base = try? (fields.get(.atom("message")) ?? .nil).toDisplayString().get(),
            case .tuple(let entry)? = trace.properListElements?.first, entry.elements.count == 4,
            entry.elements[0] == .atom("erlang"), case .atom(let function) = entry.elements[1],
            let arguments = entry.elements[2].properListElements
        else { return nil }
        let shown = arguments.map { $0.inspect() }
        let name = function.name
        switch shown.count {
        case 1 where unaryOperators.contains(name): return base + ": \(name)(\(shown[0]))"
        case 1 where name == "bnot": return base + ": Bitwise.bnot(\(shown[0]))"
        case 2 where binaryOperators.contains(name): return base + ": \(shown[0]) \(name) \(shown[1])"
        case 2 where binaryFunctions.contains(name): return base + ": \(name)(\(shown[0]), \(shown[1]))"
        case 2 where bitwiseFunctions.contains(name): return base + ": Bitwise.\(name)(\(shown[0]), \(shown[1]))"
        default: return nil
        }
    }
}
