import Testing
@testable import Terms

/// The mixed list, in the order it was given to `Enum.sort/1` in real Elixir.
private let unsorted: [Term] = [
    T.t(T.i(1), T.i(2)), .emptyList, T.s("abc"), T.a("b"), T.f(2.5), T.i(1), T.m((T.a("a"), T.i(1))),
    T.improper([T.i(1)], T.i(2)), T.l(T.i(1), T.i(2)), T.s("ab"), T.a("a"), T.i(-3), T.t(T.i(0)), T.m(),
    T.big("100000000000000000000"), T.f(1.0), T.a("zz"), T.bytes(255), T.t(T.i(1), T.i(1)), T.l(T.i(0)),
    T.m((T.a("b"), T.i(0))), T.m((T.a("a"), T.i(2))), T.a("aa"), T.t(), T.l(T.i(1)), T.f(-1.5e30),
    T.s(""), .nil, .true, T.l(.emptyList), T.t(.emptyList), T.m((T.i(1), T.i(1))), T.m((T.f(1.0), T.i(1))),
    T.m((T.i(2), T.i(0))),
]

/// What `Enum.sort/1` returned for `unsorted` in Elixir 1.14.
private let sortedByElixir: [Term] = [
    T.f(-1.5e30), T.i(-3), T.i(1), T.f(1.0), T.f(2.5), T.big("100000000000000000000"),
    T.a("a"), T.a("aa"), T.a("b"), .nil, .true, T.a("zz"),
    T.t(), T.t(T.i(0)), T.t(.emptyList), T.t(T.i(1), T.i(1)), T.t(T.i(1), T.i(2)),
    T.m(), T.m((T.i(1), T.i(1))), T.m((T.i(2), T.i(0))), T.m((T.f(1.0), T.i(1))),
    T.m((T.a("a"), T.i(1))), T.m((T.a("a"), T.i(2))), T.m((T.a("b"), T.i(0))),
    .emptyList, T.l(T.i(0)), T.improper([T.i(1)], T.i(2)), T.l(T.i(1)), T.l(T.i(1), T.i(2)),
    T.l(.emptyList), T.s(""), T.s("ab"), T.s("abc"), T.bytes(255),
]

/// Sorts stably, as `Enum.sort/1` does.
private func stableSort(_ terms: [Term]) -> [Term] {
    terms.sortedInTermOrder()
}

@Test func sortingAMixedListMatchesElixir() {
    #expect(stableSort(unsorted) == sortedByElixir)
}

@Test func typesFollowTheBeamOrder() {
    let ascending: [Term] = [
        T.i(1), T.a("a"), .ref(Ref(number: 1)), .fun(TestFunction(identity: 1)), .pid(Pid(serial: 1)),
        T.t(), T.m(), .emptyList, T.s(""),
    ]
    #expect(stableSort(ascending.reversed()) == ascending)
}

@Test func numbersCompareByValueAcrossKinds() {
    #expect(Term.compare(T.i(1), T.f(1.0)) == 0)
    #expect(Term.compare(T.i(9_007_199_254_740_993), T.f(9_007_199_254_740_992.0)) > 0)
    #expect(Term.compare(T.big("-100000000000000000000"), T.f(-1.0)) < 0)
    #expect(Term.compare(T.big("100000000000000000000"), T.i(Int.max)) > 0)
    #expect(Term.compare(T.big("100000000000000000001"), T.f(1.0e20)) > 0)
}

@Test func keyOrderPutsIntegersBeforeFloats() {
    #expect(Term.compareKeys(T.i(2), T.f(1.0)) < 0)
    #expect(Term.compareKeys(T.t(T.i(1)), T.t(T.f(0.5))) < 0)
    #expect(Term.compareKeys(T.i(1), T.f(1.0)) != 0)
    #expect(Term.compare(T.t(T.i(1)), T.t(T.f(0.5))) > 0)
}

@Test func improperTailsCompareAfterElements() {
    #expect(Term.isLess(T.improper([T.i(1)], T.i(2)), T.l(T.i(1))))
    #expect(Term.isLess(T.l(T.i(1)), T.l(T.i(1), T.i(0))))
}
