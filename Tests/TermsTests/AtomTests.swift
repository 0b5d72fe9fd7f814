import Testing
@testable import Terms

@Test func atomsInternOnceAndKeepTheirNames() {
    let first = Atom("atom_tests_interned")
    #expect(Atom("atom_tests_interned") == first)
    #expect(first.name == "atom_tests_interned")
    #expect(Atom.existing("atom_tests_interned") == first)
    #expect(Atom.existing("atom_tests_never_made") == nil)
    #expect(Atom.guest("atom_tests_from_guest")?.name == "atom_tests_from_guest")
}

@Test func atomsInternedFromManyThreadsAgree() async {
    let names = (0..<1500).map { "atom_tests_parallel_\($0)" }
    let results = await withTaskGroup(of: [String: UInt32].self) { group in
        for _ in 0..<4 {
            group.addTask {
                var seen: [String: UInt32] = [:]
                for name in names.shuffled() { seen[name] = Atom(name).index }
                return seen
            }
        }
        var all: [[String: UInt32]] = []
        for await result in group { all.append(result) }
        return all
    }
    #expect(results.allSatisfy { $0 == results[0] })
    #expect(Set(results[0].values).count == names.count)
    #expect(names.allSatisfy { Atom($0).name == $0 })
}

@Test func namedAtomsAreTheBootAtomsOfTheirNames() {
    let named: [(Atom, String)] = [
        (.true, "true"), (.false, "false"), (.nil, "nil"), (.ok, "ok"), (.error, "error"), (.normal, "normal"),
        (.kill, "kill"), (.killed, "killed"), (.noproc, "noproc"), (.timeout, "timeout"), (.undefined, "undefined"),
        (.infinity, "infinity"), (.exit, "EXIT"), (.down, "DOWN"), (.process, "process"), (.structKey, "__struct__"),
    ]
    for (atom, name) in named {
        #expect(atom.name == name)
        #expect(Atom(name) == atom)
    }
    #expect(Term.bool(true) == .atom(Atom("true")))
    #expect(Term.bool(false) == .atom(Atom("false")))
}
