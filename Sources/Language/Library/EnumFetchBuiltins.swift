import Runtime
import Terms

/// `Enum.fetch/2` and `Enum.fetch!/2` on lists, ranges and maps (negative indices count from the end).
enum EnumFetchBuiltins {
    /// The builtins this file defines.
    static var all: [Builtin] {
        var enumModule = BuiltinModule("Elixir.Enum")
        enumModule.define("fetch", 2) { (args, _) throws(GuestError) -> Term in
            guard let element = try element(of: args[0], at: try ArgumentChecks.integer(args[1], position: 2)) else {
                return .atom("error")
            }
            return .tuple(.ok, element)
        }
        enumModule.define("fetch!", 2) { (args, _) throws(GuestError) -> Term in
            guard let element = try element(of: args[0], at: try ArgumentChecks.integer(args[1], position: 2)) else {
                throw GuestError.exception("Enum.OutOfBoundsError", [("message", .string("out of bounds error"))])
            }
            return element
        }
        return enumModule.builtins
    }

    private static func element(of enumerable: Term, at index: Int) throws(GuestError) -> Term? {
        if let (first, count, step) = range(enumerable) {
            let position = index < 0 ? count + index : index
            return (0..<count).contains(position) ? .int(first + position * step) : nil
        }
        let elements = try InternalBuiltins.enumerableList(enumerable).properListElements ?? []
        let position = index < 0 ? elements.count + index : index
        return elements.indices.contains(position) ? elements[position] : nil
    }

    /// A range's first element, element count and step.
    private static func range(_ term: Term) -> (Int, Int, Int)? {
        guard term.structName?.name == "Elixir.Range", case .map(let fields) = term,
            case .int(let first)? = fields.get(.atom("first")), case .int(let last)? = fields.get(.atom("last")),
            case .int(let step)? = fields.get(.atom("step")), step != 0
        else { return nil }
        let count = (last - first) / step + 1
        return (first, max(count, 0), step)
    }
}
