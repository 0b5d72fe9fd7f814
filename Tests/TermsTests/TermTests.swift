import Testing
@testable import Terms

/// Every payload of a `Term` is one word, and its case fits in the spare bits beside it: two
/// words a value, so copies on the VM's stack stay cheap.
@Test func aTermTakesTwoWords() {
    #expect(MemoryLayout<Term>.size <= 16)
    #expect(MemoryLayout<Term>.stride == 16)
}
