import Testing
@testable import Terms

/// Documents built by guest code as Elixir's `Inspect.Algebra` terms, laid out as Elixir 1.14 does.
@Test func aGroupOfStrictBreaksBreaksTogetherWhenItDoesNotFit() {
    let doc = T.t(T.a("doc_group"), T.t(T.a("doc_cons"), T.s("aaaa"), T.t(T.a("doc_cons"), T.t(T.a("doc_break"), T.s(" "), T.a("strict")), T.s("bbbb"))), T.a("self"))
    #expect(Term.formatDocument(doc, width: 80) == "aaaa bbbb")
    #expect(Term.formatDocument(doc, width: 5) == "aaaa\nbbbb")
}

@Test func nestIndentsBrokenLinesAndDocNilIsNothing() {
    let broken = T.t(T.a("doc_cons"), T.s("["), T.t(T.a("doc_cons"), T.a("doc_line"), T.s("x")))
    let doc = T.t(T.a("doc_nest"), broken, T.i(2), T.a("always"))
    #expect(Term.formatDocument(doc, width: 80) == "[\n  x")
    #expect(Term.formatDocument(T.a("doc_nil"), width: 80) == "")
}

@Test func anInspectedTermIsLaidOutInPlace() {
    let doc = T.t(T.a("doc_cons"), T.s("#Box<"), T.t(T.a("doc_cons"), T.t(T.a("doc_inspect"), T.l(T.i(1), T.a("a"))), T.s(">")))
    #expect(Term.formatDocument(doc, width: 80) == "#Box<[1, :a]>")
}
