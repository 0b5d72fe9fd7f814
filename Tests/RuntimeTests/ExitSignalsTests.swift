@testable import Runtime
import Terms
import Testing

@Suite struct ExitSignalsTests {
    @Test func killCannotBeTrappedAndLinksSeeKilled() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let observer = runtime.start(.run { $0.setTrapExits(true) }, .take { log.append($1) })
        let victim = runtime.start(.run { $0.setTrapExits(true); _ = $0.link(observer) }, .take { log.append($1) })
        runtime.start(.yield, .run { $0.sendExitSignal(to: victim, reason: .atom("kill")) })
        _ = runtime.run(until: observer)
        #expect(same(log.entries, [.tuple(.atom("EXIT"), .pid(victim), .atom("killed"))]))
    }

    @Test func aVictimOfKillRecordsWhoKilledIt() {
        let (runtime, _) = Runtime.forTesting()
        let victim = runtime.start(.take())
        let killer = runtime.start(.run { $0.sendExitSignal(to: victim, reason: .atom("kill")) })
        guard case .exited(let record) = runtime.run(until: victim) else { Issue.record("no exit"); return }
        #expect(same(record.reason, .atom("killed")))
        #expect(record.killedBy == killer)
    }

    @Test func normalFromAnotherProcessIsIgnoredUnlessTrapped() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let plain = runtime.start(.take())
        let trapper = runtime.start(.run { $0.setTrapExits(true) }, .take { log.append($1) })
        let sender = runtime.start(.yield, .run { process in
            process.sendExitSignal(to: plain, reason: .atom("normal"))
            process.sendExitSignal(to: trapper, reason: .atom("normal"))
        })
        _ = runtime.run(until: trapper)
        #expect(runtime.isAlive(plain))
        #expect(same(log.entries, [.tuple(.atom("EXIT"), .pid(sender), .atom("normal"))]))
    }

    @Test func normalToItselfEndsTheProcess() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let pid = runtime.start(.run { $0.sendExitSignal(to: $0.pid, reason: .atom("normal")) }, .run { _ in log.append(.atom("after")) })
        guard case .exited(let record) = runtime.run(until: pid) else { Issue.record("no exit"); return }
        #expect(same(record.reason, .atom("normal")))
        #expect(log.entries.isEmpty)
    }

    @Test func anyOtherReasonKillsAPlainProcessAndIsAMessageForATrapper() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let plain = runtime.start(.take())
        let trapper = runtime.start(.run { $0.setTrapExits(true) }, .take { log.append($1) })
        let sender = runtime.start(.yield, .run { process in
            process.sendExitSignal(to: plain, reason: .atom("goodbye"))
            process.sendExitSignal(to: trapper, reason: .atom("goodbye"))
        })
        guard case .exited(let record) = runtime.run(until: plain) else { Issue.record("no exit"); return }
        #expect(same(record.reason, .atom("goodbye")))
        #expect(record.killedBy == sender)
        _ = runtime.run(until: trapper)
        #expect(same(log.entries, [.tuple(.atom("EXIT"), .pid(sender), .atom("goodbye"))]))
    }

    @Test func aSignalToTheRunningProcessTakesEffectWhenItsBodyReturns() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let partner = runtime.start(.take())
        let pid = runtime.start(
            .run { process in
                _ = process.link(partner)
                process.sendExitSignal(to: partner, reason: .atom("boom"))
                log.append(.bool(process.isAlive))
                log.append(.bool(process.isExitPending))
            },
            .run { _ in log.append(.atom("never")) }
        )
        guard case .exited(let record) = runtime.run(until: pid) else { Issue.record("no exit"); return }
        #expect(same(log.entries, [.true, .true]))
        #expect(same(record.reason, .atom("boom")))
        #expect(record.killedBy == partner)
    }

    @Test func aLinkedExitWithReasonKillCanBeTrapped() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let trapper = runtime.start(.run { $0.setTrapExits(true) }, .take { log.append($1) })
        let child = runtime.start(.run { _ = $0.link(trapper) }, .exit(.exit(.atom("kill"))))
        _ = runtime.run(until: trapper)
        #expect(same(log.entries, [.tuple(.atom("EXIT"), .pid(child), .atom("kill"))]))
    }

    @Test func aCrashExitsWithTheExceptionReason() {
        let (runtime, _) = Runtime.forTesting()
        let reason = Term.tuple(.atom("oops"), .emptyList)
        let pid = runtime.start(.exit(.crash(reason: reason, report: "** (RuntimeError) oops")))
        guard case .exited(let record) = runtime.run(until: pid) else { Issue.record("no exit"); return }
        #expect(same(record.reason, reason))
        #expect(record.crashReport == "** (RuntimeError) oops")
        #expect(record.killedBy == nil)
    }

    @Test func hostKillEndsAProcessWithKilled() {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.take())
        _ = runtime.run()
        runtime.kill(pid)
        guard case .exited(let record) = runtime.run(until: pid) else { Issue.record("no exit"); return }
        #expect(same(record.reason, .atom("killed")))
    }

    /// Recorded from Elixir 1.14: a process that calls `exit(:kill)` takes its
    /// non-trapping links down with reason `:kill` (not `:killed`).
    @Test func aLinkedExitWithReasonKillKillsWithKill() {
        let (runtime, _) = Runtime.forTesting()
        let partner = runtime.start(.take())
        runtime.start(.run { _ = $0.link(partner) }, .exit(.exit(.atom("kill"))))
        guard case .exited(let record) = runtime.run(until: partner) else { Issue.record("no exit"); return }
        #expect(same(record.reason, .atom("kill")))
    }
}
