import BigInt
import Testing
@testable import Terms

@Test func integerOverflowPromotesToBigAndBack() {
    #expect(Term.add(T.i(Int.max), T.i(1)) == T.big("9223372036854775808"))
    #expect(Term.multiply(T.i(Int.min), T.i(-1)) == T.big("9223372036854775808"))
    #expect(Term.subtract(T.big("9223372036854775808"), T.i(1)) == T.i(Int.max))
    #expect(Term.multiply(T.big("100000000000000000000"), T.big("100000000000000000000"))
        == T.big("10000000000000000000000000000000000000000"))
}

@Test func mixedArithmeticGivesFloats() {
    #expect(Term.add(T.i(1), T.f(1.0)) == T.f(2.0))
    #expect(Term.divide(T.i(7), T.i(2)) == T.f(3.5))
    #expect(Term.divide(T.i(4), T.i(2)) == T.f(2.0))
    #expect(Term.multiply(T.big("123456789012345678901234567890"), T.f(1.0)) == T.f(1.2345678901234568e29))
    #expect(Term.multiply(T.i(9_007_199_254_740_993), T.f(1.0)) == T.f(9_007_199_254_740_992.0))
    #expect(Term.negate(T.f(0.0)) == T.f(-0.0))
    #expect(Term.negate(T.i(Int.min)) == T.big("9223372036854775808"))
}

@Test func badArithmeticGivesNil() {
    #expect(Term.add(T.i(1), T.a("a")) == nil)
    #expect(Term.multiply(T.f(1.0e308), T.i(10)) == nil)
    #expect(Term.multiply(.integer(BigInt(10).power(400)), T.f(1.0)) == nil)
    #expect(Term.divide(T.i(1), T.i(0)) == nil)
    #expect(Term.integerDivide(T.i(1), T.i(0)) == nil)
    #expect(Term.integerDivide(T.f(1.0), T.i(2)) == nil)
}

@Test func divAndRemTruncateTowardZero() {
    #expect(Term.integerDivide(T.i(-7), T.i(2)) == T.i(-3))
    #expect(Term.remainder(T.i(-7), T.i(2)) == T.i(-1))
    #expect(Term.integerDivide(T.i(7), T.i(-2)) == T.i(-3))
    #expect(Term.remainder(T.i(7), T.i(-2)) == T.i(1))
    #expect(Term.integerDivide(T.i(Int.min), T.i(-1)) == T.big("9223372036854775808"))
    #expect(Term.remainder(T.i(Int.min), T.i(-1)) == T.i(0))
    #expect(Term.integerDivide(T.big("-100000000000000000001"), T.i(10)) == T.big("-10000000000000000000"))
    #expect(Term.remainder(T.big("-100000000000000000001"), T.i(10)) == T.i(-1))
}
