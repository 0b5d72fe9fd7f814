import Terms

/// Reading builtin arguments of an expected type, raising `ArgumentError` like the BEAM does.
enum ArgumentChecks {
    static func ordinal(_ position: Int) -> String {
        switch position {
        case 1: return "1st"
        case 2: return "2nd"
        case 3: return "3rd"
        default: return "\(position)th"
        }
    }

    /// The BEAM's "errors were found at the given arguments" ArgumentError.
    static func badArgument(_ position: Int, _ problem: String) -> GuestError {
        .argument("errors were found at the given arguments:\n\n  * \(ordinal(position)) argument: \(problem)\n")
    }

    static func integer(_ term: Term, position: Int = 1) throws(GuestError) -> Int {
        guard case .int(let value) = term else { throw badArgument(position, "not an integer") }
        return value
    }

    static func atom(_ term: Term, position: Int = 1) throws(GuestError) -> Atom {
        guard case .atom(let value) = term else { throw badArgument(position, "not an atom") }
        return value
    }

    static func pid(_ term: Term, position: Int = 1) throws(GuestError) -> Pid {
        guard case .pid(let value) = term else { throw badArgument(position, "not a pid") }
        return value
    }

    static func tuple(_ term: Term, position: Int = 1) throws(GuestError) -> [Term] {
        guard case .tuple(let box) = term else { throw badArgument(position, "not a tuple") }
        return box.elements
    }

    static func list(_ term: Term, position: Int = 1) throws(GuestError) -> [Term] {
        guard let elements = term.properListElements else { throw badArgument(position, "not a list") }
        return elements
    }

    static func map(_ term: Term) throws(GuestError) -> MapBox {
        guard case .map(let box) = term else { throw .badMap(term) }
        return box
    }

    static func binary(_ term: Term, position: Int = 1) throws(GuestError) -> [UInt8] {
        try binaryBox(term, position: position).bytes
    }

    /// A binary (a bitstring of whole bytes), as the BEAM's binary functions check it.
    static func binaryBox(_ term: Term, position: Int = 1) throws(GuestError) -> BinaryBox {
        let box = try bitstring(term, position: position, problem: "not a binary")
        guard box.isBinary else { throw badArgument(position, "is a bitstring (expected a binary)") }
        return box
    }

    /// Any bitstring.
    static func bitstring(_ term: Term, position: Int = 1, problem: String = "not a bitstring") throws(GuestError) -> BinaryBox {
        guard case .binary(let box) = term else { throw badArgument(position, problem) }
        return box
    }

    static func string(_ term: Term, position: Int = 1) throws(GuestError) -> String {
        String(decoding: try binary(term, position: position), as: UTF8.self)
    }

    static func closure(_ term: Term, arity: Int? = nil) throws(GuestError) -> Closure {
        guard case .fun(let value) = term, let closure = value as? Closure else { throw .badFunction(term) }
        if let arity, closure.arity != arity { throw .badFunction(term) }
        return closure
    }
}

extension ArgumentChecks {
    /// Accepts any integer, small or big.
    static func integerLike(_ term: Term, position: Int = 1) throws(GuestError) -> Term {
        switch term {
        case .int, .bigInt: return term
        default: throw badArgument(position, "not an integer")
        }
    }
}
