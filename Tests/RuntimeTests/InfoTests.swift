@testable import Runtime
import Terms
import Testing

@Suite struct InfoTests {
    private func item(_ runtime: Runtime, _ pid: Pid, _ name: String) -> Term {
        (try? runtime.info(pid, Atom(name))) ?? .atom("unknown item")
    }

    @Test func messageQueueLengthCountsWaitingMessages() {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.take(isAtom("never")))
        _ = runtime.run()
        #expect(same(item(runtime, pid, "message_queue_len"), .tuple(.atom("message_queue_len"), .int(0))))
        runtime.send(.atom("x"), to: pid)
        runtime.send(.atom("y"), to: pid)
        #expect(same(item(runtime, pid, "message_queue_len"), .tuple(.atom("message_queue_len"), .int(2))))
        #expect(same(item(runtime, pid, "messages"), .tuple(.atom("messages"), .list([.atom("x"), .atom("y")]))))
    }

    @Test func statusIsRunningWaitingOrRunnable() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let waiter = runtime.start(.take())
        let queued = runtime.start(.yield, .take())
        runtime.start(.run { process in
            log.append(self.item(runtime, process.pid, "status"))
            log.append(self.item(runtime, waiter, "status"))
            log.append(self.item(runtime, queued, "status"))
        })
        _ = runtime.run()
        #expect(same(log.entries, [
            .tuple(.atom("status"), .atom("running")),
            .tuple(.atom("status"), .atom("waiting")),
            .tuple(.atom("status"), .atom("runnable")),
        ]))
    }

    @Test func registeredNameIsTheNameOrAnEmptyList() throws {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.take())
        #expect(same(item(runtime, pid, "registered_name"), .tuple(.atom("registered_name"), .emptyList)))
        try runtime.register(pid, as: .atom("me"))
        #expect(same(item(runtime, pid, "registered_name"), .tuple(.atom("registered_name"), .atom("me"))))
    }

    @Test func theDictionaryAndTrapExitAreReported() {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.run { process in
            process.dictionaryPut(.int(1), for: .atom("k"))
            process.setTrapExits(true)
        }, .take())
        _ = runtime.run()
        #expect(same(item(runtime, pid, "dictionary"), .tuple(.atom("dictionary"), .list([.tuple(.atom("k"), .int(1))]))))
        #expect(same(item(runtime, pid, "trap_exit"), .tuple(.atom("trap_exit"), .true)))
    }

    @Test func wholeInfoIsAKeywordListInElixirsOrder() throws {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.take())
        try runtime.register(pid, as: .atom("worker"))
        _ = runtime.run()
        guard case .cons = runtime.info(pid) else { Issue.record("expected a list"); return }
        var keys: [String] = []
        var rest = runtime.info(pid)
        while case .cons(let cell) = rest {
            if case .tuple(let pair) = cell.head, case .atom(let key) = pair.elements[0] { keys.append(key.name) }
            rest = cell.tail
        }
        #expect(keys == ["registered_name", "status", "message_queue_len", "links", "dictionary",
                         "trap_exit", "priority", "reductions"])
    }

    @Test func aDeadPidHasNoInfo() {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start()
        _ = runtime.run()
        #expect(same(runtime.info(pid), .nil))
        #expect(same(item(runtime, pid, "message_queue_len"), .nil))
    }

    @Test func anUnknownItemIsAnError() {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.take())
        #expect(throws: UnknownInfoItem.self) { try runtime.info(pid, Atom("bogus")) }
    }

    @Test func theProcessDictionaryPutsGetsAndDeletes() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        runtime.start(.run { process in
            log.append(process.dictionaryPut(.int(1), for: .atom("k")) ?? .nil)
            log.append(process.dictionaryPut(.int(2), for: .atom("k")) ?? .nil)
            log.append(process.dictionaryValue(for: .atom("k")) ?? .nil)
            log.append(process.dictionaryValue(for: .atom("missing")) ?? .atom("default"))
            log.append(process.dictionaryDelete(.atom("k")) ?? .nil)
            log.append(process.dictionaryValue(for: .atom("k")) ?? .nil)
        })
        _ = runtime.run()
        #expect(same(log.entries, [.nil, .int(1), .int(2), .atom("default"), .int(2), .nil]))
    }

    @Test func dictionaryKeysCompareStructurally() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        runtime.start(.run { process in
            process.dictionaryPut(.string("v"), for: .tuple(.atom("a"), .list([.int(1), .string("b")])))
            log.append(process.dictionaryValue(for: .tuple(.atom("a"), .list([.int(1), .string("b")]))) ?? .nil)
            log.append(process.dictionaryValue(for: .tuple(.atom("a"), .list([.float(1), .string("b")]))) ?? .nil)
        })
        _ = runtime.run()
        #expect(same(log.entries, [.string("v"), .nil]))
    }
}
