import BigInt
import Testing
@testable import Terms

/// A function value for tests, identified by a number.
final class TestFunction: FunctionValue {
    let arity: Int
    let identity: UInt64
    var inspectText: String { "#Function<\(identity)/\(arity)>" }

    init(identity: UInt64, arity: Int = 0) {
        self.identity = identity
        self.arity = arity
    }
}

@Test func strictEqualityTellsIntegersFromFloats() {
    #expect(Term.int(1) != Term.float(1.0))
    #expect(Term.int(1).looselyEquals(.float(1.0)))
    #expect(Term.float(0.0) == Term.float(-0.0))
    #expect(Term.float(0.0).hashValue == Term.float(-0.0).hashValue)
}

@Test func looseEqualityIsExactAcrossIntegerAndFloat() {
    #expect(!Term.int(9_007_199_254_740_993).looselyEquals(.float(9_007_199_254_740_992.0)))
    let twoTo63 = Term.integer(BigInt(1) << 63)
    #expect(twoTo63.looselyEquals(.float(9_223_372_036_854_775_808.0)))
    #expect(!Term.integer(BigInt(10).power(20) + 1).looselyEquals(.float(1.0e20)))
    #expect(Term.integer(BigInt(10).power(20)).looselyEquals(.float(1.0e20)))
}

@Test func looseEqualityReachesInsideContainersButNotMapKeys() {
    #expect(Term.list([.int(1)]).looselyEquals(.list([.float(1.0)])))
    #expect(Term.tuple(.int(1)).looselyEquals(.tuple(.float(1.0))))
    let intValue = Term.map(MapBox(sortedKeys: [.atom("a")], values: [.int(1)]))
    let floatValue = Term.map(MapBox(sortedKeys: [.atom("a")], values: [.float(1.0)]))
    #expect(intValue.looselyEquals(floatValue))
    #expect(intValue != floatValue)
    let intKey = Term.map(MapBox(sortedKeys: [.int(1)], values: [.atom("a")]))
    let floatKey = Term.map(MapBox(sortedKeys: [.float(1.0)], values: [.atom("a")]))
    #expect(!intKey.looselyEquals(floatKey))
}

@Test func structuredTermsCompareByContent() {
    let first = Term.list([.string("a"), .tuple(.atom("b"), .int(2))], tail: .int(3))
    let second = Term.list([.string("a"), .tuple(.atom("b"), .int(2))], tail: .int(3))
    #expect(first == second)
    #expect(first.hashValue == second.hashValue)
    #expect(first != Term.list([.string("a"), .tuple(.atom("b"), .int(2))]))
    #expect(Term.list([.int(1), .int(2)]) != Term.list([.int(1)]))
}

@Test func pidsRefsAndFunsCompareByIdentity() {
    #expect(Term.pid(Pid(serial: 3)) == Term.pid(Pid(serial: 3)))
    #expect(Term.pid(Pid(serial: 3)) != Term.pid(Pid(serial: 4)))
    #expect(Term.ref(Ref(number: 7)) == Term.ref(Ref(number: 7)))
    #expect(Term.fun(TestFunction(identity: 5)) == Term.fun(TestFunction(identity: 5)))
    #expect(Term.fun(TestFunction(identity: 5)) != Term.fun(TestFunction(identity: 6)))
    #expect(Term.pid(Pid(serial: 3)) != Term.ref(Ref(number: 3)))
}

@Test func termsWorkAsDictionaryKeys() {
    var seen: [Term: Int] = [:]
    seen[.int(1)] = 1
    seen[.float(1.0)] = 2
    seen[.list([.int(1)])] = 3
    #expect(seen[.int(1)] == 1)
    #expect(seen[.float(1.0)] == 2)
    #expect(seen[.list([.int(1)])] == 3)
    #expect(seen.count == 3)
}

@Test func comparingLongListsDoesNotRecurse() {
    let count = 1_000_000
    let first = Term.list(Array(repeating: .int(1), count: count))
    let second = Term.list(Array(repeating: .int(1), count: count))
    #expect(first == second)
    #expect(first.hashValue == second.hashValue)
}
