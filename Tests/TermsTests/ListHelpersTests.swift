import Testing
@testable import Terms

@Test func properListsGiveTheirElements() {
    #expect(T.l(T.i(1), T.i(2)).properListElements == [T.i(1), T.i(2)])
    #expect(Term.emptyList.properListElements == [])
    #expect(T.improper([T.i(1)], T.i(2)).properListElements == nil)
    #expect(T.i(1).properListElements == nil)
    #expect(T.ints(1...1000).properListLength == 1000)
    #expect(T.improper([T.i(1)], T.i(2)).properListLength == nil)
}

@Test func sortingKeepsTheOrderOfEqualNumbers() {
    #expect([T.f(1.0), T.i(1), T.f(0.5)].sortedInTermOrder() == [T.f(0.5), T.f(1.0), T.i(1)])
    #expect([T.i(1), T.f(1.0)].sortedInTermOrder() == [T.i(1), T.f(1.0)])
}

@Test func exceptionsCarryTheExceptionMarker() {
    let error = Term.makeException(Atom("Elixir.RuntimeError"), fields: [(Atom("message"), T.s("oops"))])
    #expect(error.inspect() == "%RuntimeError{message: \"oops\"}")
    #expect(error == T.ex("RuntimeError", ("message", T.s("oops"))))
}
