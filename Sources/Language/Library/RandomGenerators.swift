/// The generators of Erlang's `:rand` that proctor has, bit for bit as the BEAM computes them:
/// `exsss` (Xorshift116**, the default), `exsp`/`exsplus` (Xorshift116+) and `exrop`
/// (Xoroshiro116+), all on two 58-bit words, seeded through SplitMix64 or the classic triple.
enum RandomAlgorithm: String, CaseIterable {
    case exsss, exsplus, exsp, exrop

    /// Words of 58 bits.
    static let mask58: UInt64 = (1 << 58) - 1

    /// The next output word and state.
    func next(_ state: RandomState) -> (value: UInt64, state: RandomState) {
        switch self {
        case .exsss:
            let s0 = state.second & Self.mask58
            return (Self.starStar(s0), RandomState(first: s0, second: Self.xorshift(s0, state.first)))
        case .exsplus, .exsp:
            let s0 = state.second & Self.mask58
            let s1 = Self.xorshift(s0, state.first)
            return ((s0 &+ s1) & Self.mask58, RandomState(first: s0, second: s1))
        case .exrop:
            return ((state.first &+ state.second) & Self.mask58, Self.xoroshiroStep(state.first, state.second))
        }
    }

    /// The state seeded from the classic integer triple `{a1, a2, a3}` (each taken modulo 2^64).
    func seeded(triple a1: UInt64, _ a2: UInt64, _ a3: UInt64) -> RandomState {
        switch self {
        case .exsss:
            let x0 = Self.seed58(a1).next
            let (s0, x1) = Self.seed58(a2 ^ x0)
            return RandomState(first: s0, second: Self.seed58(a3 ^ x1).word)
        case .exsplus, .exsp:
            let first = next(RandomState(first: Self.scaled(a1, 4_294_967_197), second: Self.scaled(a2, 4_294_967_231))).state
            return next(RandomState(first: Self.scaled(a3, 4_294_967_279), second: first.second)).state
        case .exrop:
            let first = Self.xoroshiroStep(Self.scaled(a1, 4_294_967_197), Self.scaled(a2, 4_294_967_231))
            return Self.xoroshiroStep(Self.scaled(a3, 4_294_967_279), first.second)
        }
    }

    /// The state seeded from one integer: two SplitMix64 words, zeros skipped.
    static func seeded(integer x: UInt64) -> RandomState {
        let (s0, next) = seed58(x)
        return RandomState(first: s0, second: seed58(next).word)
    }

    /// One step of SplitMix64 from `x`: the output and the new state.
    static func splitMix(_ x: UInt64) -> (value: UInt64, next: UInt64) {
        let state = x &+ 0x9E37_79B9_7F4A_7C15
        var z = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 31), state)
    }

    /// The next nonzero 58-bit SplitMix64 word from `x`.
    private static func seed58(_ x: UInt64) -> (word: UInt64, next: UInt64) {
        var state = x
        while true {
            let (value, next) = splitMix(state)
            state = next
            if value & mask58 != 0 { return (value & mask58, state) }
        }
    }

    private static func scaled(_ a: UInt64, _ factor: UInt64) -> UInt64 { (a &* factor &+ 1) & mask58 }

    private static func shiftedLeft(_ x: UInt64, _ n: UInt64) -> UInt64 { (x & ((1 << (58 - n)) - 1)) << n }

    private static func rotatedLeft(_ x: UInt64, _ n: UInt64) -> UInt64 { shiftedLeft(x, n) | (x >> (58 - n)) }

    private static func xorshift(_ s0: UInt64, _ s1: UInt64) -> UInt64 {
        let mixed = (s1 & mask58) ^ shiftedLeft(s1, 24)
        return mixed ^ s0 ^ (mixed >> 11) ^ (s0 >> 41)
    }

    private static func starStar(_ s: UInt64) -> UInt64 {
        let times5 = s &+ shiftedLeft(s, 2)
        let rotated = shiftedLeft(times5, 7) | ((times5 >> 51) & 0x7F)
        return (rotated &+ shiftedLeft(rotated, 3)) & mask58
    }

    private static func xoroshiroStep(_ s0: UInt64, _ s1: UInt64) -> RandomState {
        let mixed = s1 ^ s0
        return RandomState(first: rotatedLeft(s0, 24) ^ mixed ^ shiftedLeft(mixed, 2), second: rotatedLeft(mixed, 35))
    }
}

/// The two 58-bit words of a generator's state, `[first | second]` as Erlang keeps them.
struct RandomState: Equatable {
    var first: UInt64
    var second: UInt64
}
