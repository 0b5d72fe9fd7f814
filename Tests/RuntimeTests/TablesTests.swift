@testable import Runtime
import Terms
import Testing

@Suite struct TablesTests {
    private func newTable(
        _ runtime: Runtime, owner: Pid, kind: TermTable.Kind = .set, access: TermTable.Access = .protected,
        named name: String? = nil, heir: (pid: Pid, data: Term)? = nil
    ) throws -> TermTable {
        try runtime.newTable(
            name: Atom(name ?? "table"), isNamed: name != nil, kind: kind, keyPosition: 1, access: access, heir: heir, owner: owner)
    }

    @Test func aSetKeepsOneObjectPerExactKey() throws {
        let (runtime, _) = Runtime.forTesting()
        let owner = runtime.start(.take())
        let table = try newTable(runtime, owner: owner)
        table.insert([.tuple(.int(1), .atom("a")), .tuple(.float(1), .atom("f")), .tuple(.int(1), .atom("b"))])
        #expect(same(table.lookup(.int(1)), [.tuple(.int(1), .atom("b"))]))
        #expect(same(table.lookup(.float(1)), [.tuple(.float(1), .atom("f"))]))
        #expect(table.count == 2)
    }

    @Test func anOrderedSetComparesKeysAsEqualityDoesAndWalksThemInOrder() throws {
        let (runtime, _) = Runtime.forTesting()
        let owner = runtime.start(.take())
        let table = try newTable(runtime, owner: owner, kind: .orderedSet)
        table.insert([.tuple(.int(3)), .tuple(.int(1)), .tuple(.atom("z")), .tuple(.float(1))])
        #expect(same(table.allObjects, [.tuple(.float(1)), .tuple(.int(3)), .tuple(.atom("z"))]))
        #expect(table.firstKey.map { same($0, .float(1)) } == true)
        #expect(table.key(after: .int(2)).flatMap { $0 }.map { same($0, .int(3)) } == true)
        #expect(table.key(before: .int(1)).map { $0 == nil } == true)
    }

    @Test func aBagDropsOnlyIdenticalObjectsAndADuplicateBagKeepsThem() throws {
        let (runtime, _) = Runtime.forTesting()
        let owner = runtime.start(.take())
        let bag = try newTable(runtime, owner: owner, kind: .bag)
        let duplicates = try newTable(runtime, owner: owner, kind: .duplicateBag)
        let objects: [Term] = [.tuple(.atom("k"), .int(1)), .tuple(.atom("k"), .int(2)), .tuple(.atom("k"), .int(1))]
        bag.insert(objects)
        duplicates.insert(objects)
        #expect(bag.lookup(.atom("k")).count == 2)
        #expect(duplicates.lookup(.atom("k")).count == 3)
        duplicates.remove(object: .tuple(.atom("k"), .int(1)))
        #expect(same(duplicates.lookup(.atom("k")), [.tuple(.atom("k"), .int(2))]))
    }

    @Test func onlyTheOwnerWritesAProtectedTableAndReadsAPrivateOne() throws {
        let (runtime, _) = Runtime.forTesting()
        let owner = runtime.start(.take())
        let other = runtime.start(.take())
        let protected = try newTable(runtime, owner: owner)
        let secret = try newTable(runtime, owner: owner, access: .private)
        #expect(try runtime.table(protected.handle, for: other, writing: false) === protected)
        #expect(throws: TableError.insufficientAccess) { try runtime.table(protected.handle, for: other, writing: true) }
        #expect(throws: TableError.insufficientAccess) { try runtime.table(secret.handle, for: other, writing: false) }
        #expect(try runtime.table(secret.handle, for: owner, writing: true) === secret)
    }

    @Test func aNamedTableIsFoundByNameAndItsNameIsTakenUntilItIsDeleted() throws {
        let (runtime, _) = Runtime.forTesting()
        let owner = runtime.start(.take())
        let table = try newTable(runtime, owner: owner, named: "cache")
        #expect(runtime.liveTable(.atom("cache")) === table)
        #expect(throws: TableError.nameTaken) { try newTable(runtime, owner: owner, named: "cache") }
        runtime.deleteTable(table)
        #expect(runtime.liveTable(.atom("cache")) == nil)
        #expect(throws: TableError.missing) { try runtime.table(.ref(table.id), for: owner, writing: false) }
    }

    @Test func aTableDiesWithItsOwnerUnlessAnHeirTakesIt() throws {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let heir = runtime.start(.take { log.append($1) }, .take())
        let owner = runtime.start(.take())
        let orphan = try newTable(runtime, owner: owner)
        let inherited = try newTable(runtime, owner: owner, heir: (heir, .atom("data")))
        runtime.kill(owner)
        _ = runtime.run()
        #expect(runtime.liveTable(orphan.handle) == nil)
        #expect(runtime.liveTable(inherited.handle) === inherited)
        #expect(inherited.owner == heir)
        #expect(same(log.entries, [.tuple(.atom("ETS-TRANSFER"), .ref(inherited.id), .pid(owner), .atom("data"))]))
    }
}
