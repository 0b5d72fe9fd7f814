import Terms

/// Map, list, tuple and range functions that do not call back into guest code.
enum CollectionBuiltins {
    /// The list `term` in term order (`:lists.sort/1`), charged n log n.
    static func sorted(_ term: Term, context: BuiltinContext) throws(GuestError) -> Term {
        let elements = try context.walkedList(term)
        context.chargeElements(elements.count * (Int.bitWidth - elements.count.leadingZeroBitCount))
        return .list(elements.sorted { Term.compare($0, $1) < 0 })
    }

    static var all: [Builtin] {
        var map = BuiltinModule("Elixir.Map")
        defineMap(&map)
        var lists = BuiltinModule("lists")
        lists.define("reverse", 1) { (args, context) throws(GuestError) -> Term in .list(try context.walkedList(args[0]).reversed()) }
        lists.define("reverse", 2) { (args, context) throws(GuestError) -> Term in
            .list(try context.walkedList(args[0]).reversed(), tail: args[1])
        }
        lists.define("sort", 1) { (args, context) throws(GuestError) -> Term in try sorted(args[0], context: context) }
        var tuple = BuiltinModule("Elixir.Tuple")
        tuple.define("to_list", 1) { (args, context) throws(GuestError) -> Term in
            let elements = try ArgumentChecks.tuple(args[0])
            context.chargeElements(elements.count)
            return .list(elements)
        }
        var list = BuiltinModule("Elixir.List")
        list.define("to_tuple", 1) { (args, context) throws(GuestError) -> Term in .tuple(try context.walkedList(args[0])) }
        var range = BuiltinModule("Elixir.Range")
        range.define("new", 2) { (args, _) throws(GuestError) -> Term in
            let first = try ArgumentChecks.integerLike(args[0])
            let last = try ArgumentChecks.integerLike(args[1], position: 2)
            return makeRange(first, last, .int(Term.compare(first, last) <= 0 ? 1 : -1))
        }
        range.define("new", 3) { (args, _) throws(GuestError) -> Term in
            makeRange(try ArgumentChecks.integerLike(args[0]), try ArgumentChecks.integerLike(args[1], position: 2),
                      try ArgumentChecks.integerLike(args[2], position: 3))
        }
        return map.builtins + lists.builtins + tuple.builtins + list.builtins + range.builtins
    }

    /// A `%Range{}` of integers (small or big).
    static func makeRange(_ first: Term, _ last: Term, _ step: Term) -> Term {
        Term.makeStruct(Atom("Elixir.Range"), fields: [(Atom("first"), first), (Atom("last"), last), (Atom("step"), step)])
    }

    private static func defineMap(_ map: inout BuiltinModule) {
        map.define("new", 0) { (_, _) throws(GuestError) -> Term in .map(.empty) }
        map.define("get", 2) { (args, _) throws(GuestError) -> Term in try ArgumentChecks.map(args[0]).get(args[1]) ?? .nil }
        map.define("get", 3) { (args, _) throws(GuestError) -> Term in try ArgumentChecks.map(args[0]).get(args[1]) ?? args[2] }
        map.define("fetch", 2) { (args, _) throws(GuestError) -> Term in
            guard let value = try ArgumentChecks.map(args[0]).get(args[1]) else { return .atom(.error) }
            return .tuple(.ok, value)
        }
        map.define("fetch!", 2) { (args, _) throws(GuestError) -> Term in
            guard let value = try ArgumentChecks.map(args[0]).get(args[1]) else { throw .keyError(args[1], in: args[0]) }
            return value
        }
        map.define("put", 3) { (args, _) throws(GuestError) -> Term in .map(try ArgumentChecks.map(args[0]).putting(args[1], args[2])) }
        map.define("delete", 2) { (args, _) throws(GuestError) -> Term in .map(try ArgumentChecks.map(args[0]).removing(args[1])) }
        map.define("has_key?", 2) { (args, _) throws(GuestError) -> Term in .bool(try ArgumentChecks.map(args[0]).contains(args[1])) }
        map.define("keys", 1) { (args, context) throws(GuestError) -> Term in
            let map = try ArgumentChecks.map(args[0])
            context.chargeElements(map.count)
            return .list(map.orderedKeys)
        }
        map.define("values", 1) { (args, context) throws(GuestError) -> Term in
            let map = try ArgumentChecks.map(args[0])
            context.chargeElements(map.count)
            return .list(map.orderedValues)
        }
        map.define("merge", 2) { (args, context) throws(GuestError) -> Term in
            let left = try ArgumentChecks.map(args[0]), right = try ArgumentChecks.map(args[1])
            context.chargeElements(left.count + right.count)
            return .map(left.merging(right))
        }
        map.define("to_list", 1) { (args, context) throws(GuestError) -> Term in
            let map = try ArgumentChecks.map(args[0])
            context.chargeElements(map.count)
            return .list(map.entries.map { .tuple($0.key, $0.value) })
        }
    }
}
