@testable import Runtime
import Terms
import Testing

@Suite struct LinksTests {
    private func reason(of pid: Pid, in runtime: Runtime) -> Term? {
        guard case .exited(let record) = runtime.run(until: pid) else { return nil }
        return record.reason
    }

    @Test func aLinkIsBidirectional() throws {
        let (runtime, _) = Runtime.forTesting()
        let other = runtime.start(.take())
        let linker = runtime.start(.run { _ = $0.link(other) }, .take())
        _ = runtime.run()
        #expect(same(try runtime.info(linker, Atom("links")), .tuple(.atom("links"), .list([.pid(other)]))))
        #expect(same(try runtime.info(other, Atom("links")), .tuple(.atom("links"), .list([.pid(linker)]))))
    }

    @Test func anAbnormalExitKillsALinkedProcessWithTheSameReason() {
        let (runtime, _) = Runtime.forTesting()
        let victim = runtime.start(.take())
        runtime.start(.run { _ = $0.link(victim) }, .exit(.exit(.atom("boom"))))
        #expect(reason(of: victim, in: runtime).map { same($0, .atom("boom")) } == true)
    }

    @Test func aNormalExitNeverKillsALinkedProcess() throws {
        let (runtime, _) = Runtime.forTesting()
        let survivor = runtime.start(.take())
        runtime.start(.run { _ = $0.link(survivor) }, .exit(.normal))
        _ = runtime.run()
        #expect(runtime.isAlive(survivor))
        #expect(same(try runtime.info(survivor, Atom("links")), .tuple(.atom("links"), .emptyList)))
    }

    @Test func aTrappingProcessGetsExitMessages() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let trapper = runtime.start(.run { $0.setTrapExits(true) }, .take { log.append($1) }, .take { log.append($1) })
        let normal = runtime.start(.run { _ = $0.link(trapper) }, .yield)
        let crash = runtime.start(.run { _ = $0.link(trapper) }, .yield, .exit(.exit(.atom("boom"))))
        _ = runtime.run(until: trapper)
        #expect(same(log.entries, [
            .tuple(.atom("EXIT"), .pid(normal), .atom("normal")),
            .tuple(.atom("EXIT"), .pid(crash), .atom("boom")),
        ]))
    }

    @Test func aTrappingLinkerToADeadPidGetsNoproc() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let dead = runtime.start()
        _ = runtime.run()
        let linker = runtime.start(
            .run { process in
                process.setTrapExits(true)
                log.append(.bool(process.link(dead)))
            },
            .take { log.append($1) }
        )
        _ = runtime.run(until: linker)
        #expect(same(log.entries, [.true, .tuple(.atom("EXIT"), .pid(dead), .atom("noproc"))]))
    }

    @Test func aNonTrappingLinkToADeadPidFails() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let dead = runtime.start()
        _ = runtime.run()
        runtime.start(.run { log.append(.bool($0.link(dead))) })
        _ = runtime.run()
        #expect(same(log.entries, [.false]))
    }

    @Test func afterUnlinkNoExitMessageArrives() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let child = runtime.start(.take(isAtom("die")), .exit(.exit(.atom("bye"))))
        let parent = runtime.start(
            .run { process in
                process.setTrapExits(true)
                _ = process.link(child)
                process.unlink(child)
                process.send(.atom("die"), to: child)
            },
            .receiveWithin(milliseconds: 100, matching: { _ in true }) { _, message in log.append(message ?? .atom("none")) }
        )
        _ = runtime.run(until: parent)
        #expect(same(log.entries, [.atom("none")]))
    }

    @Test func aLongChainOfLinkedProcessesDiesWithoutHostRecursion() {
        let (runtime, _) = Runtime.forTesting()
        let length = 20_000
        let last = runtime.start(.take(), options: SpawnOptions(keepsExitRecord: true))
        var previous = last
        for _ in 1..<length {
            let next = previous
            previous = runtime.start(.run { _ = $0.link(next) }, .take())
        }
        _ = runtime.run()
        #expect(runtime.processCount == length)
        runtime.sendExitSignal(to: previous, reason: .atom("chain"), from: previous)
        #expect(reason(of: last, in: runtime).map { same($0, .atom("chain")) } == true)
        #expect(runtime.processCount == 0)
    }

    /// Case 032: a `spawn_link`ed child that raises takes its parent down; the
    /// parent's exit record names the child, for `** (EXIT from #PID<..>)`, and
    /// the run ends before the logger prints the child's report (as in Elixir).
    @Test func aSpawnLinkedChildsCrashKillsTheParent() {
        let (runtime, output) = Runtime.forTesting()
        let reason = Term.tuple(.atom("oops"), .emptyList)
        var child: Pid?
        let parent = runtime.start(
            .run { process in
                child = process.start(.exit(.crash(reason: reason, report: "** (RuntimeError) oops")),
                                      options: SpawnOptions(link: true)).pid
            },
            .take(isAtom("hello"))
        )
        guard case .exited(let record) = runtime.run(until: parent) else { Issue.record("no exit"); return }
        #expect(same(record.reason, reason))
        #expect(record.killedBy == child)
        #expect(output.standardOutput.isEmpty)
        runtime.flushErrorLog()
        #expect(output.standardOutput.contains("raised an exception"))
    }

    @Test func infoListsLinksInAscendingPidOrder() throws {
        let (runtime, _) = Runtime.forTesting()
        let others = (0..<3).map { _ in runtime.start(.take()) }
        let linker = runtime.start(.run { process in others.reversed().forEach { _ = process.link($0) } }, .take())
        _ = runtime.run()
        #expect(same(try runtime.info(linker, Atom("links")), .tuple(.atom("links"), .list(others.map(Term.pid)))))
    }
}
