import Glibc
import Runtime
import Terms

/// Kernel's operators, type checks and basic data functions.
enum KernelBuiltins {
    static var all: [Builtin] {
        var kernel = BuiltinModule("Elixir.Kernel")
        defineArithmetic(&kernel)
        defineComparisons(&kernel)
        defineTypeChecks(&kernel)
        defineData(&kernel)
        return kernel.builtins
    }

    private static func arithmetic(
        _ kind: BigIntegerWork.Kind, _ operation: @escaping @Sendable (Term, Term) -> Term?
    ) -> @Sendable (Arguments, BuiltinContext) throws(GuestError) -> Term {
        { (args, context) throws(GuestError) -> Term in
            context.charge(try BigIntegerWork.admit(kind, args[0], args[1], process: context.process))
            guard let result = operation(args[0], args[1]) else { throw .badArithmetic }
            return result
        }
    }

    private static func defineArithmetic(_ kernel: inout BuiltinModule) {
        kernel.define("+", 2, arithmetic(.linear, Term.add))
        kernel.define("-", 2, arithmetic(.linear, Term.subtract))
        kernel.define("*", 2, arithmetic(.product, Term.multiply))
        kernel.define("/", 2, arithmetic(.linear, Term.divide))
        kernel.define("div", 2, arithmetic(.quotient, Term.integerDivide))
        kernel.define("rem", 2, arithmetic(.quotient, Term.remainder))
        kernel.define("-", 1) { (args, _) throws(GuestError) -> Term in
            guard let result = Term.negate(args[0]) else { throw .badArithmetic }
            return result
        }
        kernel.define("+", 1) { (args, _) throws(GuestError) -> Term in
            guard args[0].floatValue != nil else { throw .badArithmetic }
            return args[0]
        }
        kernel.define("abs", 1) { (args, _) throws(GuestError) -> Term in
            guard let negative = Term.compare(args[0], .int(0)) < 0 ? Term.negate(args[0]) : args[0], args[0].floatValue != nil else {
                throw ArgumentChecks.badArgument(1, "not a number")
            }
            return negative
        }
        let roundings: [(String, FloatRounding.Mode)] = [("round", .halfUp), ("trunc", .truncate), ("floor", .down), ("ceil", .up)]
        for (name, mode) in roundings {
            kernel.define(name, 1) { (args, _) throws(GuestError) -> Term in try rounding(args[0], mode) }
        }
        kernel.define("**", 2) { (args, context) throws(GuestError) -> Term in
            context.charge(try BigIntegerWork.admitPower(args[0], args[1], process: context.process))
            if let result = Term.integerPower(args[0], args[1]) { return result }
            guard let base = args[0].floatValue, let exponent = args[1].floatValue else { throw .badArithmetic }
            let result = Glibc.pow(base, exponent)
            guard result.isFinite else { throw .badArithmetic }
            return .float(result)
        }
    }

    private static func rounding(_ value: Term, _ mode: FloatRounding.Mode) throws(GuestError) -> Term {
        switch value {
        case .int, .bigInt: return value
        case .float(let number): return FloatRounding.integer(number, mode)
        default: throw ArgumentChecks.badArgument(1, "not a number")
        }
    }

    private static func defineComparisons(_ kernel: inout BuiltinModule) {
        kernel.define("==", 2) { (args, _) throws(GuestError) -> Term in .bool(args[0].looselyEquals(args[1])) }
        kernel.define("!=", 2) { (args, _) throws(GuestError) -> Term in .bool(!args[0].looselyEquals(args[1])) }
        kernel.define("===", 2) { (args, _) throws(GuestError) -> Term in .bool(args[0] == args[1]) }
        kernel.define("!==", 2) { (args, _) throws(GuestError) -> Term in .bool(args[0] != args[1]) }
        kernel.define("<", 2) { (args, _) throws(GuestError) -> Term in .bool(Term.compare(args[0], args[1]) < 0) }
        kernel.define(">", 2) { (args, _) throws(GuestError) -> Term in .bool(Term.compare(args[0], args[1]) > 0) }
        kernel.define("<=", 2) { (args, _) throws(GuestError) -> Term in .bool(Term.compare(args[0], args[1]) <= 0) }
        kernel.define(">=", 2) { (args, _) throws(GuestError) -> Term in .bool(Term.compare(args[0], args[1]) >= 0) }
        kernel.define("max", 2) { (args, _) throws(GuestError) -> Term in Term.compare(args[0], args[1]) >= 0 ? args[0] : args[1] }
        kernel.define("min", 2) { (args, _) throws(GuestError) -> Term in Term.compare(args[0], args[1]) <= 0 ? args[0] : args[1] }
        kernel.define("not", 1) { (args, _) throws(GuestError) -> Term in
            guard case .atom(let atom) = args[0], atom == .true || atom == .false else { throw .argument("argument error") }
            return .bool(atom == .false)
        }
        kernel.define("!", 1) { (args, _) throws(GuestError) -> Term in .bool(args[0].isFalsy) }
    }

    private static func defineTypeChecks(_ kernel: inout BuiltinModule) {
        let checks: [(String, @Sendable (Term) -> Bool)] = [
            ("is_integer", { if case .int = $0 { return true }; if case .bigInt = $0 { return true }; return false }),
            ("is_float", { if case .float = $0 { return true }; return false }),
            ("is_number", { $0.floatValue != nil }),
            ("is_atom", { if case .atom = $0 { return true }; return false }),
            ("is_boolean", { if case .atom(let a) = $0 { return a == .true || a == .false }; return false }),
            ("is_nil", { if case .atom(let a) = $0 { return a == .nil }; return false }),
            ("is_binary", { if case .binary(let box) = $0 { return box.isBinary }; return false }),
            ("is_bitstring", { if case .binary = $0 { return true }; return false }),
            ("is_list", { switch $0 { case .emptyList, .cons: return true; default: return false } }),
            ("is_tuple", { if case .tuple = $0 { return true }; return false }),
            ("is_map", { if case .map = $0 { return true }; return false }),
            ("is_pid", { if case .pid = $0 { return true }; return false }),
            ("is_reference", { if case .ref = $0 { return true }; return false }),
            ("is_function", { if case .fun = $0 { return true }; return false }),
        ]
        for (name, check) in checks {
            kernel.define(name, 1) { (args, _) throws(GuestError) -> Term in .bool(check(args[0])) }
        }
        kernel.define("is_function", 2) { (args, _) throws(GuestError) -> Term in
            guard case .fun(let value) = args[0] else { return .false }
            return .bool(value.arity == (try ArgumentChecks.integer(args[1], position: 2)))
        }
        kernel.define("is_struct", 1) { (args, _) throws(GuestError) -> Term in .bool(args[0].structName != nil) }
        kernel.define("is_struct", 2) { (args, _) throws(GuestError) -> Term in
            let name = try ArgumentChecks.atom(args[1], position: 2)
            return .bool(args[0].structName == name)
        }
        kernel.define("is_map_key", 2) { (args, _) throws(GuestError) -> Term in
            .bool(try ArgumentChecks.map(args[0]).get(args[1]) != nil)
        }
        kernel.define("is_exception", 1) { (args, _) throws(GuestError) -> Term in
            guard case .map(let box) = args[0] else { return .false }
            return .bool(box.get(.atom("__exception__")) == .true)
        }
    }

    /// The index `elem`/`put_elem` take: Elixir adds one to it before calling the BEAM, so a non-integer
    /// fails as arithmetic, and the BEAM then reports the index as its 1st argument.
    private static func tupleIndex(_ term: Term) throws(GuestError) -> Int {
        guard case .int(let index) = term else {
            throw .exception("ArithmeticError", [("message", .string("bad argument in arithmetic expression"))])
        }
        return index
    }

    private static func defineData(_ kernel: inout BuiltinModule) {
        kernel.define("elem", 2) { (args, _) throws(GuestError) -> Term in
            let elements = try ArgumentChecks.tuple(args[0], position: 2)
            let index = try tupleIndex(args[1])
            guard elements.indices.contains(index) else { throw ArgumentChecks.badArgument(1, "out of range") }
            return elements[index]
        }
        kernel.define("put_elem", 3) { (args, _) throws(GuestError) -> Term in
            var elements = try ArgumentChecks.tuple(args[0], position: 2)
            let index = try tupleIndex(args[1])
            guard elements.indices.contains(index) else { throw ArgumentChecks.badArgument(1, "out of range") }
            elements[index] = args[2]
            return .tuple(elements)
        }
        kernel.define("tuple_size", 1) { (args, _) throws(GuestError) -> Term in .int(try ArgumentChecks.tuple(args[0]).count) }
        kernel.define("map_size", 1) { (args, _) throws(GuestError) -> Term in .int(try ArgumentChecks.map(args[0]).count) }
        kernel.define("hd", 1) { (args, _) throws(GuestError) -> Term in
            guard case .cons(let cell) = args[0] else { throw ArgumentChecks.badArgument(1, "not a nonempty list") }
            return cell.head
        }
        kernel.define("tl", 1) { (args, _) throws(GuestError) -> Term in
            guard case .cons(let cell) = args[0] else { throw ArgumentChecks.badArgument(1, "not a nonempty list") }
            return cell.tail
        }
        kernel.define("length", 1) { (args, context) throws(GuestError) -> Term in .int(try context.walkedList(args[0]).count) }
        kernel.define("++", 2) { (args, context) throws(GuestError) -> Term in
            guard let left = args[0].properListElements else { throw .argument("argument error") }
            context.chargeElements(left.count)
            try context.reserve(bytes: left.count &* AllocationCheck.bytesPerListCell)
            return .list(left, tail: args[1])
        }
        kernel.define("--", 2) { (args, context) throws(GuestError) -> Term in
            let left = try context.walkedList(args[0])
            return .list(ListSubtraction.subtract(try context.walkedList(args[1], position: 2), from: left))
        }
        kernel.define("<>", 2) { (args, context) throws(GuestError) -> Term in
            guard case .binary(let left) = args[0], case .binary(let right) = args[1] else {
                throw .argument("expected binary arguments for <>, got: \(args[0].inspect()) and \(args[1].inspect())")
            }
            for (position, side) in [left, right].enumerated() where !side.isBinary {
                throw .argument("construction of binary failed: segment \(position + 1) of type 'binary': the size of the value \(Term.binary(side).inspect()) is not a multiple of the unit for the segment")
            }
            try context.reserve(bytes: left.byteCount &+ right.byteCount)
            var writer = BitWriter()
            writer.append(left)
            writer.append(right)
            return .binary(writer.box())
        }
        defineBinaries(&kernel)
        kernel.define("make_ref", 0) { (_, context) throws(GuestError) -> Term in .ref(context.process.runtime.makeRef()) }
        kernel.define("throw", 1) { (args, _) throws(GuestError) -> Term in throw GuestError(.throw, args[0]) }
        kernel.define("exit", 1) { (args, _) throws(GuestError) -> Term in throw GuestError(.exit, args[0]) }
    }

    private static func defineBinaries(_ kernel: inout BuiltinModule) {
        kernel.define("byte_size", 1) { (args, _) throws(GuestError) -> Term in .int(try ArgumentChecks.bitstring(args[0]).byteCount) }
        kernel.define("bit_size", 1) { (args, _) throws(GuestError) -> Term in .int(try ArgumentChecks.bitstring(args[0]).bitCount) }
        kernel.define("binary_part", 3) { (args, _) throws(GuestError) -> Term in
            let box = try ArgumentChecks.bitstring(args[0], problem: "not a binary")
            let start = try ArgumentChecks.integer(args[1], position: 2)
            let length = try ArgumentChecks.integer(args[2], position: 3)
            let lower = min(start, start + length)
            let upper = max(start, start + length)
            guard lower >= 0, upper <= box.bitCount / 8 else { throw ArgumentChecks.badArgument(2, "out of range") }
            return .binary(box.bits(from: lower * 8, count: (upper - lower) * 8))
        }
    }
}

/// Reads `inspect/2`'s keyword options (`limit:`, `pretty:`, `width:`, `charlists:`, `binaries:`).
enum InspectOptionParsing {
    static func options(_ keywords: Term, pretty: Bool) -> InspectOptions {
        var options = InspectOptions(pretty: pretty)
        for element in keywords.properListElements ?? [] {
            guard case .tuple(let pair) = element, pair.elements.count == 2, case .atom(let key) = pair.elements[0] else { continue }
            let value = pair.elements[1]
            switch key.name {
            case "limit": options.limit = limitValue(value)
            case "printable_limit": options.printableLimit = limitValue(value)
            case "pretty": options.pretty = value == .true
            case "width": options.width = limitValue(value)
            case "charlists": options.charlists = value == .atom("as_lists") ? .asLists : .infer
            case "base": options.base = baseValue(value)
            case "structs": options.structs = value != .false
            case "binaries": options.binariesAsBytes = value == .atom("as_binaries")
            default: continue
            }
        }
        return options
    }

    private static func baseValue(_ value: Term) -> Int {
        [Term.atom("binary"): 2, .atom("octal"): 8, .atom("hex"): 16][value] ?? 10
    }

    private static func limitValue(_ value: Term) -> Int? {
        if case .int(let number) = value { return number }
        return nil
    }
}
