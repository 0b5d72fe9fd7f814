import Testing
@testable import Terms

/// Whether every node of `tree` is weight-balanced (neither side more than 3 times the other).
private func isBalanced(_ tree: MapTreeNode?) -> Bool {
    guard let tree else { return true }
    let left = MapTree.size(tree.left), right = MapTree.size(tree.right)
    guard left + right <= 1 || (left <= 3 * right && right <= 3 * left) else { return false }
    return isBalanced(tree.left) && isBalanced(tree.right)
}

/// A small deterministic generator (the test must not depend on the run).
private struct Steps {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

/// Large maps (a balanced tree past 32 keys) agree with a plain sorted model after every step
/// of 20,000 random puts, replacements and deletions, mixing integer, float, atom and tuple keys.
@Test func largeMapsAgreeWithASortedModel() {
    var steps = Steps()
    var map = MapBox.empty
    var model: [Term: Term] = [:]
    func key(_ n: Int) -> Term {
        switch n % 4 {
        case 0: T.i(n)
        case 1: T.f(Double(n))
        case 2: T.a("k\(n)")
        default: .tuple(T.i(n), T.a("t"))
        }
    }
    for step in 0..<20_000 {
        let k = key(steps.next(3_000))
        if steps.next(4) == 0 {
            map = map.removing(k)
            model[k] = nil
        } else {
            map = map.putting(k, T.i(step))
            model[k] = T.i(step)
        }
        if step % 997 == 0 || step == 19_999 {
            let expectedKeys = model.keys.sorted { Term.compareKeys($0, $1) < 0 }
            #expect(map.count == model.count)
            #expect(map.orderedKeys == expectedKeys)
            #expect(map.orderedValues == expectedKeys.map { model[$0] ?? .nil })
            #expect(Array(map.entries.map(\.key)) == expectedKeys)
            #expect(isBalanced(map.tree))
        }
        #expect(map.get(k) == model[k])
    }
    #expect(map.tree != nil, "the map grew past the array limit")
}

@Test func aMapCrossesFromArraysToATreeAndCompareEqual() {
    let pairs = (0..<100).map { (key: T.i($0), value: T.i($0 * $0)) }
    let built = MapBox.fromPairs(pairs)
    let grown = pairs.reduce(MapBox.empty) { $0.putting($1.key, $1.value) }
    #expect(built.tree != nil)
    #expect(Term.map(built) == Term.map(grown))
    #expect(Term.map(built).hashValue == Term.map(grown).hashValue)
    let small = (0..<100).reduce(built) { $1 >= 10 ? $0.removing(T.i($1)) : $0 }
    #expect(small.orderedKeys == (0..<10).map(T.i))
    #expect(Term.map(small) == Term.map(MapBox.fromPairs(Array(pairs.prefix(10)))))
    #expect(built.updating(T.i(200), T.i(0)) == nil)
    #expect(built.updating(T.i(5), T.i(0))?.get(T.i(5)) == T.i(0))
}

/// A tree of 200,000 entries at the bottom of maps nested 100,000 deep is dropped without recursion.
@Test func aHugeTreeIsReleasedWithoutRecursion() {
    var map = MapBox.empty
    for n in 0..<200_000 { map = map.putting(T.i(n), T.i(n)) }
    var nested = Term.map(map)
    for _ in 0..<100_000 { nested = .map(MapBox.empty.putting(T.i(0), nested).putting(T.i(1), .nil)) }
    #expect(MapTree.size(map.tree) == 200_000)
    nested = .nil
    #expect(nested == .nil)
}
