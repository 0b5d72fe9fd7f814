import BigInt
import Glibc
import Terms

/// Erlang's `:rand`: the same generators, seeds and draws as the BEAM (`RandomGenerators`), the
/// state kept in the process dictionary under `:rand_seed` as `{%{type: alg, ...}, [s0 | s1]}`.
/// An unseeded process seeds from its pid and the runtime's clock, so a run on the virtual clock
/// (grading) draws the same numbers every time.
enum RandBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var rand = BuiltinModule("rand")
        defineSeeding(&rand)
        defineDraws(&rand)
        return rand.builtins
    }

    private static let seedKey = Term.atom("rand_seed")

    private static func defineSeeding(_ rand: inout BuiltinModule) {
        rand.define("seed", 1) { (args, context) throws(GuestError) -> Term in
            store(try seedState(args[0], context: context), in: context)
        }
        rand.define("seed", 2) { (args, context) throws(GuestError) -> Term in
            store(try seededState(args[0], args[1]), in: context)
        }
        rand.define("seed_s", 1) { (args, context) throws(GuestError) -> Term in try seedState(args[0], context: context).term }
        rand.define("seed_s", 2) { (args, _) throws(GuestError) -> Term in try seededState(args[0], args[1]).term }
        rand.define("export_seed", 0) { (_, context) throws(GuestError) -> Term in
            guard let stored = context.process.dictionaryValue(for: seedKey), let state = GeneratorState(stored) else { return .atom("undefined") }
            return state.exported
        }
        rand.define("export_seed_s", 1) { (args, _) throws(GuestError) -> Term in
            guard let state = GeneratorState(args[0]) else { throw functionClause("export_seed_s", [args[0]]) }
            return state.exported
        }
    }

    private static func defineDraws(_ rand: inout BuiltinModule) {
        rand.define("uniform", 0) { (_, context) throws(GuestError) -> Term in
            try drawing(context) { state throws(GuestError) in .float(state.uniformFloat()) }
        }
        rand.define("uniform", 1) { (args, context) throws(GuestError) -> Term in
            try drawing(context) { state throws(GuestError) in .int(state.uniformInteger(try range(args[0], state))) }
        }
        rand.define("uniform_s", 1) { (args, _) throws(GuestError) -> Term in
            guard var state = GeneratorState(args[0]) else { throw functionClause("uniform_s", [args[0]]) }
            let value = state.uniformFloat()
            return .tuple(.float(value), state.term)
        }
        rand.define("uniform_s", 2) { (args, _) throws(GuestError) -> Term in
            guard var state = GeneratorState(args[1]) else { throw functionClause("uniform_s", [args[0], args[1]]) }
            let value = state.uniformInteger(try range(args[0], state))
            return .tuple(.int(value), state.term)
        }
        rand.define("normal", 0) { (_, context) throws(GuestError) -> Term in
            try drawing(context) { state throws(GuestError) in .float(state.normal()) }
        }
        rand.define("normal", 2) { (args, context) throws(GuestError) -> Term in
            let (mean, variance) = try meanAndVariance(args[0], args[1])
            return try drawing(context) { state throws(GuestError) in .float(mean + variance.squareRoot() * state.normal()) }
        }
        rand.define("normal_s", 1) { (args, _) throws(GuestError) -> Term in
            guard var state = GeneratorState(args[0]) else { throw functionClause("normal_s", [args[0]]) }
            let value = state.normal()
            return .tuple(.float(value), state.term)
        }
    }

    /// The range argument of `uniform/1`: an integer from 1 up to 2^58 (what proctor's
    /// generators draw in one word).
    private static func range(_ term: Term, _ state: GeneratorState) throws(GuestError) -> UInt64 {
        switch term {
        case .int(let value) where value >= 1 && value <= 1 << 58: return UInt64(value)
        case .int(let value) where value > 1 << 58:
            throw .argument("proctor's :rand draws integers up to 2^58 (288230376151711744), got \(value)")
        case .bigInt:
            throw .argument("proctor's :rand draws integers up to 2^58 (288230376151711744), got \(term.inspect())")
        default: throw functionClause("uniform_s", [term, state.term])
        }
    }

    private static func meanAndVariance(_ mean: Term, _ variance: Term) throws(GuestError) -> (Double, Double) {
        guard let mean = mean.floatValue, let variance = variance.floatValue else { throw .badArithmetic }
        guard variance > 0 else { throw functionClause("normal_s", [.float(mean), .float(variance)]) }
        return (mean, variance)
    }

    /// The process's generator, seeded by default (pid and clock) when it has none.
    /// `draw` on the process's generator (seeded by default at first use), keeping the state it leaves.
    private static func drawing(
        _ context: BuiltinContext, _ draw: (inout GeneratorState) throws(GuestError) -> Term
    ) throws(GuestError) -> Term {
        var state = current(context)
        let value = try draw(&state)
        _ = store(state, in: context)
        return value
    }

    private static func current(_ context: BuiltinContext) -> GeneratorState {
        if let stored = context.process.dictionaryValue(for: seedKey), let state = GeneratorState(stored) { return state }
        return defaultSeeded(.exsss, context: context)
    }

    private static func store(_ state: GeneratorState, in context: BuiltinContext) -> Term {
        let term = state.term
        _ = context.process.dictionaryPut(term, for: seedKey)
        return term
    }

    private static func defaultSeeded(_ algorithm: RandomAlgorithm, context: BuiltinContext) -> GeneratorState {
        let serial = UInt64(context.process.pid.serial)
        let nanoseconds = UInt64(truncatingIfNeeded: context.process.runtime.now.nanoseconds)
        return GeneratorState(algorithm: algorithm, words: algorithm.seeded(triple: serial, nanoseconds, serial ^ 0x5EED))
    }

    /// `seed/1`, `seed_s/1`: an algorithm (seeded by default), an exported `{alg, words}` or a whole state.
    private static func seedState(_ term: Term, context: BuiltinContext) throws(GuestError) -> GeneratorState {
        if let state = GeneratorState(term) { return state }
        if case .tuple(let box) = term, box.elements.count == 2, let algorithm = try? algorithm(box.elements[0]),
            let words = GeneratorState.words(box.elements[1])
        {
            return GeneratorState(algorithm: algorithm, words: words)
        }
        return defaultSeeded(try algorithm(term), context: context)
    }

    /// `seed/2`, `seed_s/2`: an algorithm and an integer, a list of integers or a triple.
    private static func seededState(_ name: Term, _ seed: Term) throws(GuestError) -> GeneratorState {
        let algorithm = try algorithm(name)
        switch seed {
        case .int, .bigInt:
            return GeneratorState(algorithm: algorithm, words: RandomAlgorithm.seeded(integer: try word(seed)))
        case .tuple(let box) where box.elements.count == 3:
            let words = algorithm.seeded(triple: try word(box.elements[0]), try word(box.elements[1]), try word(box.elements[2]))
            return GeneratorState(algorithm: algorithm, words: words)
        case .emptyList, .cons:
            return GeneratorState(algorithm: algorithm, words: try listSeed(seed))
        default:
            throw functionClause("seed_s", [name, seed])
        }
    }

    private static func algorithm(_ term: Term) throws(GuestError) -> RandomAlgorithm {
        if case .atom(let atom) = term {
            if atom.name == "default" { return .exsss }
            if let algorithm = RandomAlgorithm(rawValue: atom.name) { return algorithm }
            if ["exs64", "exs1024", "exs1024s", "exro928ss"].contains(atom.name) {
                throw .argument(":rand algorithm :\(atom.name) is not supported by proctor (it has :exsss, :exsp, :exsplus and :exrop)")
            }
        }
        throw functionClause("mk_alg", [term])
    }

    /// Erlang's list seed: up to two integers, masked to 58 bits, padded with zeros, not all zero.
    private static func listSeed(_ term: Term) throws(GuestError) -> RandomState {
        guard let elements = term.properListElements else { throw functionClause("seed_s", [term]) }
        guard !elements.isEmpty else { throw GuestError(.error, .atom("zero_seed")) }
        guard elements.count <= 2 else { throw GuestError(.error, .atom("too_many_seed_integers")) }
        var words: [UInt64] = []
        for element in elements {
            switch element {
            case .int, .bigInt: words.append(try word(element) & RandomAlgorithm.mask58)
            default: throw GuestError(.error, .atom("non_integer_seed"))
            }
        }
        guard words.contains(where: { $0 != 0 }) else { throw GuestError(.error, .atom("zero_seed")) }
        return RandomState(first: words[0], second: words.count > 1 ? words[1] : 0)
    }

    /// An integer taken modulo 2^64, as the BEAM's `band` with a 64-bit mask takes it.
    private static func word(_ term: Term) throws(GuestError) -> UInt64 {
        switch term {
        case .int(let value): return UInt64(bitPattern: Int64(value))
        case .bigInt(let box):
            let modulus = BigInt(1) << 64
            var remainder = box.value % modulus
            if remainder < 0 { remainder += modulus }
            return UInt64(remainder)
        default: throw .badArithmetic
        }
    }

    static func functionClause(_ name: String, _ arguments: [Term]) -> GuestError {
        .exception("FunctionClauseError", [
            ("module", .atom("rand")), ("function", .atom(name)), ("arity", .int(arguments.count)),
            ("kind", .atom("def")), ("args", .list(arguments)), ("clauses", .nil),
        ])
    }
}
