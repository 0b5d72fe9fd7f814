import Testing
@testable import Terms

// Expected values recorded from Elixir 1.14 (Integer.mod/floor_div/gcd/pow/to_string, Bitwise).

@Test func flooredDivisionFollowsTheDivisorsSign() {
    #expect(Term.flooredModulo(T.i(-7), T.i(2)) == T.i(1))
    #expect(Term.flooredDivide(T.i(-7), T.i(2)) == T.i(-4))
    #expect(Term.flooredModulo(T.i(7), T.i(-2)) == T.i(-1))
    #expect(Term.flooredDivide(T.i(7), T.i(-2)) == T.i(-4))
    #expect(Term.flooredModulo(T.i(1), T.i(0)) == nil)
}

@Test func powersGcdAndBases() {
    #expect(Term.integerPower(T.i(3), T.i(50)) == T.big("717897987691852588770249"))
    #expect(Term.integerPower(T.i(2), T.i(-1)) == nil)
    #expect(Term.greatestCommonDivisor(T.i(-12), T.i(18)) == T.i(6))
    #expect(T.i(-255).integerText(radix: 16) == "-FF")
    #expect(T.i(-5).integerInspectText(base: 2) == "-0b101")
}

@Test func bitwiseOnAnySize() {
    #expect(Term.bitwiseAnd(T.i(12), T.i(10)) == T.i(8))
    #expect(Term.bitwiseXor(T.i(12), T.i(10)) == T.i(6))
    #expect(Term.bitwiseNot(T.i(0)) == T.i(-1))
    #expect(Term.shiftLeft(T.i(1), T.i(70)) == T.big("1180591620717411303424"))
    #expect(Term.shiftLeft(T.i(-16), T.i(-2)) == T.i(-4))
}
