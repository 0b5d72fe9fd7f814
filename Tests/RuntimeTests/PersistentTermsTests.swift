@testable import Runtime
import Terms
import Testing

@Suite struct PersistentTermsTests {
    @Test func termsKeepTheOrderTheyWereFirstPutIn() {
        var store = PersistentTerms()
        store.put(.int(1), forKey: .atom("b"))
        store.put(.int(2), forKey: .atom("a"))
        store.put(.int(3), forKey: .atom("b"))
        #expect(same(store.entries.map(\.key), [.atom("b"), .atom("a")]))
        #expect(store.value(forKey: .atom("b")).map { same($0, .int(3)) } == true)
        let erased = store.erase(.atom("b"))
        let erasedAgain = store.erase(.atom("b"))
        #expect(erased && !erasedAgain)
        #expect(store.count == 1)
    }

    @Test func aRewindBringsBackTheTermsOfTheCheckpoint() {
        let (runtime, _) = Runtime.forTesting()
        runtime.putPersistentTerm(.int(1), forKey: .atom("kept"))
        let checkpoint = runtime.checkpoint()
        runtime.putPersistentTerm(.int(2), forKey: .atom("kept"))
        runtime.putPersistentTerm(.int(3), forKey: .atom("later"))
        runtime.rewind(to: checkpoint)
        #expect(runtime.persistentTerm(forKey: .atom("kept")).map { same($0, .int(1)) } == true)
        #expect(runtime.persistentTerm(forKey: .atom("later")) == nil)
    }
}
