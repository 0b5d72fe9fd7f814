import Testing
@testable import Terms

/// Texts recorded from `to_string/1` in Elixir 1.14.
@Test func displayTextMatchesToString() {
    let cases: [(Term, String)] = [
        (T.f(1.0e16), "1.0e16"), (T.f(0.1), "0.1"), (.nil, ""), (T.a("ok"), "ok"),
        (T.alias("Foo.Bar"), "Elixir.Foo.Bar"),
        (T.l(T.i(104), T.s("ey"), T.l(T.i(33), T.i(0x1F600))), "hey!😀"),
        (T.improper([T.s("a")], T.s("b")), "ab"),
        (T.big("12345678901234567890123"), "12345678901234567890123"),
        (.true, "true"), (T.f(1.0e-5), "1.0e-5"), (T.f(-0.0), "-0.0"), (.emptyList, ""),
    ]
    for (term, text) in cases {
        #expect(term.toDisplayString() == .success(text))
    }
}

@Test func binariesPassThroughAsBytes() {
    #expect(T.bytes(255).toDisplayBytes() == .success([255]))
}

@Test func termsWithoutTextReportWhy() {
    #expect(T.l(T.i(0xD800)).toDisplayBytes() == .failure(.invalidCodePoint(0xD800)))
    #expect(T.l(T.i(-1)).toDisplayBytes() == .failure(.invalidCodePoint(-1)))
    #expect(T.l(T.a("a")).toDisplayBytes() == .failure(.invalidChardata))
    #expect(T.improper([T.s("a")], T.i(1)).toDisplayBytes() == .failure(.invalidChardata))
    #expect(T.improper([T.i(1)], T.i(2)).toDisplayBytes() == .failure(.invalidChardata))
    #expect(T.l(T.i(255), T.bytes(255)).toDisplayBytes() == .failure(.invalidEncoding))
    #expect(T.t(T.i(1)).toDisplayBytes() == .failure(.notImplemented))
    #expect(T.pid(3).toDisplayBytes() == .failure(.notImplemented))
}
