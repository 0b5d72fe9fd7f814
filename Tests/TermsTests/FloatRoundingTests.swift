import Testing
@testable import Terms

// Expected values recorded from Elixir 1.14: Float.round(2.675, 2), Float.round(-1.5),
// Float.floor(-0.5), Float.ceil(2.71, 1), Float.floor(-2.75, 1), round/trunc/floor/ceil, Float.ratio(0.75).

@Test func roundsOnTheExactBinaryValue() {
    #expect(FloatRounding.float(2.675, places: 2, .halfUp) == 2.67)
    #expect(FloatRounding.float(-1.5, places: 0, .halfUp) == -2.0)
    #expect(FloatRounding.float(-0.5, places: 0, .down) == -1.0)
    #expect(FloatRounding.float(2.71, places: 1, .up) == 2.8)
    #expect(FloatRounding.float(-2.75, places: 1, .down) == -2.8)
}

@Test func roundsToWholeIntegers() {
    #expect(FloatRounding.integer(-2.5, .halfUp) == T.i(-3))
    #expect(FloatRounding.integer(-3.99, .truncate) == T.i(-3))
    #expect(FloatRounding.integer(-3.5, .down) == T.i(-4))
    #expect(FloatRounding.integer(-3.5, .up) == T.i(-3))
    #expect(FloatRounding.integer(1.0e20, .halfUp) == T.big("100000000000000000000"))
}

@Test func ratioIsInLowestTerms() {
    let (numerator, denominator) = FloatRounding.ratio(0.75)
    #expect(numerator == T.i(3))
    #expect(denominator == T.i(4))
}
