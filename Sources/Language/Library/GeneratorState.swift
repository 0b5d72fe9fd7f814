import Glibc
import Terms

/// One `:rand` state, `{%{type: alg, ...}, [s0 | s1]}` as a term, and the draws made from it
/// (floats and ranges as the BEAM's `uniform_s/1,2` make them).
struct GeneratorState {
    var algorithm: RandomAlgorithm
    var words: RandomState

    init(algorithm: RandomAlgorithm, words: RandomState) {
        self.algorithm = algorithm
        self.words = words
    }

    /// Reads a state term made by `term`; nil for anything else.
    init?(_ term: Term) {
        guard case .tuple(let box) = term, box.elements.count == 2, case .map(let handler) = box.elements[0],
            case .atom(let type)? = handler.get(.atom("type")), let algorithm = RandomAlgorithm(rawValue: type.name),
            let words = Self.words(box.elements[1])
        else { return nil }
        self.init(algorithm: algorithm, words: words)
    }

    /// The words of `[s0 | s1]`, two non-negative integers.
    static func words(_ term: Term) -> RandomState? {
        guard case .cons(let cell) = term, case .int(let first) = cell.head, case .int(let second) = cell.tail,
            first >= 0, second >= 0
        else { return nil }
        return RandomState(first: UInt64(first), second: UInt64(second))
    }

    /// The state as Erlang shows it, without the handler's functions.
    var term: Term {
        var pairs: [(key: Term, value: Term)] = [(.atom("type"), .atom(algorithm.rawValue))]
        switch algorithm {
        case .exsss: pairs.append((.atom("bits"), .int(58)))
        case .exsp, .exrop: pairs += [(.atom("bits"), .int(58)), (.atom("weak_low_bits"), .int(1))]
        case .exsplus: pairs.append((.atom("max"), .int(Int(RandomAlgorithm.mask58))))
        }
        return .tuple(.map(MapBox.fromPairs(pairs)), wordsTerm)
    }

    /// `{alg, [s0 | s1]}`, what `export_seed` returns and `seed/1` takes back.
    var exported: Term { .tuple(.atom(algorithm.rawValue), wordsTerm) }

    private var wordsTerm: Term { .cons(Cons(.int(Int(words.first)), .int(Int(words.second)))) }

    private mutating func next() -> UInt64 {
        let (value, state) = algorithm.next(words)
        words = state
        return value
    }

    /// A float in [0.0, 1.0).
    mutating func uniformFloat() -> Double {
        let value = next()
        if algorithm == .exsplus { return Double(value) / Double(UInt64(1) << 58) }
        return Double(value >> 5) * 0x1p-53
    }

    /// An integer in 1...range (range at most 2^58), redrawing from a truncated top range as the BEAM does.
    mutating func uniformInteger(_ range: UInt64) -> Int {
        if algorithm == .exsplus {
            let value = next()
            if range <= RandomAlgorithm.mask58 { return Int(value % range) + 1 }
            return Int(Double(value) / Double(UInt64(1) << 58) * Double(range)) + 1
        }
        let maxMinusRange = (UInt64(1) << 58) - range
        while true {
            let value = next()
            if value < range { return Int(value) + 1 }
            let remainder = value % range
            if value - remainder <= maxMinusRange { return Int(remainder) + 1 }
        }
    }

    /// A standard normal float (Box-Muller from two uniform draws; not the BEAM's ziggurat sequence).
    mutating func normal() -> Double {
        var first = uniformFloat()
        while first == 0 { first = uniformFloat() }
        let second = uniformFloat()
        return (-2 * Glibc.log(first)).squareRoot() * Glibc.cos(2 * Double.pi * second)
    }
}
