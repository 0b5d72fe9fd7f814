@testable import Runtime
import Terms
import Testing

@Suite struct MonitorsTests {
    private func down(_ ref: Ref, _ pid: Pid, _ reason: Term) -> Term {
        .tuple(.atom("DOWN"), .ref(ref), .atom("process"), .pid(pid), reason)
    }

    @Test func aWatcherGetsDownWithTheExitReason() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let target = runtime.start(.take(), .exit(.exit(.atom("bye"))))
        var ref: Ref?
        let watcher = runtime.start(.run { ref = $0.monitor(target); $0.send(.ok, to: target) }, .take { log.append($1) })
        _ = runtime.run(until: watcher)
        guard let ref else { Issue.record("no ref"); return }
        #expect(same(log.entries, [down(ref, target, .atom("bye"))]))
    }

    @Test func monitoringADeadPidGivesNoprocAtOnce() {
        let (runtime, _) = Runtime.forTesting()
        let dead = runtime.start()
        _ = runtime.run()
        let log = Log()
        var ref: Ref?
        let watcher = runtime.start(
            .run { ref = $0.monitor(dead) },
            .receiveWithin(milliseconds: 0, matching: { _ in true }) { _, message in log.append(message ?? .atom("none")) }
        )
        _ = runtime.run(until: watcher)
        guard let ref else { Issue.record("no ref"); return }
        #expect(same(log.entries, [down(ref, dead, .atom("noproc"))]))
    }

    @Test func messagesSentBeforeDeathArriveBeforeDown() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        var ref: Ref?
        let watcher = runtime.start(
            .run { process in
                let parent = process.pid
                let child = process.start(
                    .run { child in for number in 1...3 { child.send(.int(number), to: parent) } },
                    options: SpawnOptions(monitor: true)
                )
                ref = child.monitorRef
            },
            .take { log.append($1) }, .take { log.append($1) }, .take { log.append($1) }, .take { log.append($1) }
        )
        _ = runtime.run(until: watcher)
        guard let ref else { Issue.record("no ref"); return }
        let child = Pid(serial: watcher.serial + 1)
        #expect(same(log.entries, [.int(1), .int(2), .int(3), down(ref, child, .atom("normal"))]))
    }

    @Test func demonitorStopsTheDownMessage() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let target = runtime.start(.take())
        let watcher = runtime.start(
            .run { process in
                let ref = process.monitor(target)
                log.append(.bool(process.demonitor(ref)))
                process.send(.ok, to: target)
            },
            .receiveWithin(milliseconds: 100, matching: { _ in true }) { _, message in log.append(message ?? .atom("none")) }
        )
        _ = runtime.run(until: watcher)
        #expect(same(log.entries, [.true, .atom("none")]))
    }

    @Test func demonitorWithFlushRemovesADownAlreadyDelivered() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        var ref: Ref?
        let target = runtime.start(.take())
        let watcher = runtime.start(
            .run { process in
                ref = process.monitor(target)
                process.send(.ok, to: target)
            },
            .sleep(milliseconds: 10),
            .run { process in
                log.append(.int(process.messageQueueLength))
                if let ref { log.append(.bool(process.demonitor(ref, flush: true))) }
                log.append(.int(process.messageQueueLength))
            }
        )
        _ = runtime.run(until: watcher)
        #expect(same(log.entries, [.int(1), .false, .int(0)]))
    }

    @Test func aDeadWatchersMonitorIsRemovedFromItsTarget() throws {
        let (runtime, _) = Runtime.forTesting()
        let target = runtime.start(.take())
        runtime.start(.run { _ = $0.monitor(target) })
        _ = runtime.run()
        #expect(same(try runtime.info(target, Atom("monitored_by")), .tuple(.atom("monitored_by"), .emptyList)))
    }
}
