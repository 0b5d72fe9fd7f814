import Testing
@testable import Terms

/// The map `%{1 => :a, 1.0 => :b, :x => 1}` built by insertion.
private func sampleMap() -> MapBox {
    MapBox.empty.putting(T.a("x"), T.i(1)).putting(T.f(1.0), T.a("b")).putting(T.i(1), T.a("a"))
}

@Test func putKeepsKeysInMapKeyOrder() {
    let map = sampleMap()
    #expect(map.orderedKeys == [T.i(1), T.f(1.0), T.a("x")])
    #expect(map.count == 3)
    #expect(map.get(T.i(1)) == T.a("a"))
    #expect(map.get(T.f(1.0)) == T.a("b"))
    #expect(map.get(T.i(2)) == nil)
}

@Test func putReplacesAndDeleteRemoves() {
    let map = sampleMap().putting(T.a("x"), T.i(2))
    #expect(map.get(T.a("x")) == T.i(2))
    #expect(map.count == 3)
    let smaller = map.removing(T.i(1))
    #expect(smaller.orderedKeys == [T.f(1.0), T.a("x")])
    #expect(smaller.removing(T.i(42)) === smaller)
}

@Test func updateOnlyTouchesExistingKeys() {
    #expect(sampleMap().updating(T.a("x"), T.i(5))?.get(T.a("x")) == T.i(5))
    #expect(sampleMap().updating(T.a("missing"), T.i(5)) == nil)
}

@Test func fromPairsLetsTheLaterKeyWin() {
    let map = MapBox.fromPairs([(T.a("a"), T.i(1)), (T.a("b"), T.i(2)), (T.a("a"), T.i(3))])
    #expect(Array(map.entries.map(\.value)) == [T.i(3), T.i(2)])
}

@Test func mergePrefersTheSecondMap() {
    let first = MapBox.fromPairs([(T.a("a"), T.i(1)), (T.a("c"), T.i(3))])
    let second = MapBox.fromPairs([(T.a("b"), T.i(20)), (T.a("c"), T.i(30)), (T.a("d"), T.i(40))])
    let merged = first.merging(second)
    #expect(merged.orderedKeys == [T.a("a"), T.a("b"), T.a("c"), T.a("d")])
    #expect(merged.orderedValues == [T.i(1), T.i(20), T.i(30), T.i(40)])
}

@Test func largeMapsFindEveryKey() {
    var map = MapBox.empty
    for number in (0..<500).reversed() { map = map.putting(T.i(number * 7 % 500), T.i(number)) }
    #expect(map.count == 500)
    #expect(map.orderedKeys == (0..<500).map { T.i($0) })
    for key in 0..<500 { #expect(map.contains(T.i(key))) }
    #expect(!map.contains(T.f(3.0)))
}

@Test func structsAreMapsWithAModule() {
    let error = Term.makeStruct(Atom("Elixir.RuntimeError"), fields: [(Atom("message"), T.s("oops"))])
    #expect(error.structName == Atom("Elixir.RuntimeError"))
    #expect(T.m((T.a("a"), T.i(1))).structName == nil)
}
