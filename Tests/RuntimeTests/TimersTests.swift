@testable import Runtime
import Terms
import Testing

@Suite struct TimersTests {
    @Test func sendAfterDeliversOnceTheTimeHasPassed() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let pid = runtime.start(
            .run { _ = $0.sendAfter(milliseconds: 250, message: .atom("tick"), to: .pid($0.pid)) },
            .take { process, message in
                log.append(message)
                log.append(.int(process.runtime.now.milliseconds))
            }
        )
        _ = runtime.run(until: pid)
        #expect(same(log.entries, [.atom("tick"), .int(250)]))
    }

    @Test func cancelTimerReturnsTheRemainingTimeOrNothing() {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.take())
        let ref = runtime.sendAfter(milliseconds: 100, message: .ok, to: .pid(pid))
        #expect(runtime.readTimer(ref) == 100)
        #expect(runtime.cancelTimer(ref) == 100)
        #expect(runtime.cancelTimer(ref) == nil)
        #expect(runtime.cancelTimer(runtime.makeRef()) == nil)
        _ = runtime.run()
        #expect(runtime.isAlive(pid))
    }

    @Test func aTaggedTimerSendsTimeoutRefAndMessage() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let pid = runtime.start(.take { log.append($1) })
        let ref = runtime.sendAfter(milliseconds: 10, message: .atom("payload"), to: .pid(pid), tagged: true)
        _ = runtime.run(until: pid)
        #expect(same(log.entries, [.tuple(.atom("timeout"), .ref(ref), .atom("payload"))]))
    }

    @Test func aFiredTimerCannotBeCancelled() {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.take())
        let ref = runtime.sendAfter(milliseconds: 0, message: .ok, to: .pid(pid))
        _ = runtime.run()
        #expect(!runtime.isAlive(pid))
        #expect(runtime.cancelTimer(ref) == nil)
    }

    @Test func sendAfterToANameLooksItUpWhenItFires() throws {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        _ = runtime.sendAfter(milliseconds: 50, message: .atom("late"), to: .name(Atom("later")))
        let pid = runtime.start(.take { log.append($1) })
        try runtime.register(pid, as: .atom("later"))
        _ = runtime.run(until: pid)
        #expect(same(log.entries, [.atom("late")]))
    }

    @Test func aReceiveDeadlineWakesTheProcessWhichSeesItTimedOut() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let pid = runtime.start(.receiveWithin(milliseconds: 300, matching: { _ in true }) { process, message in
            log.append(message ?? .atom("timeout"))
            log.append(.int(process.runtime.now.milliseconds))
        })
        _ = runtime.run(until: pid)
        #expect(same(log.entries, [.atom("timeout"), .int(300)]))
    }

    @Test func nonMatchingMessagesDoNotResetTheDeadline() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let pid = runtime.start(.receiveWithin(milliseconds: 300, matching: isAtom("wanted")) { process, message in
            log.append(message ?? .atom("timeout"))
            log.append(.int(process.runtime.now.milliseconds))
            log.append(.int(process.messageQueueLength))
        })
        runtime.start(.sleep(milliseconds: 100), .run { $0.send(.atom("noise"), to: pid) },
                      .sleep(milliseconds: 100), .run { $0.send(.atom("noise"), to: pid) })
        _ = runtime.run(until: pid)
        #expect(same(log.entries, [.atom("timeout"), .int(300), .int(2)]))
    }

    @Test func aMessageBeforeTheDeadlineWins() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let pid = runtime.start(.receiveWithin(milliseconds: 300, matching: { _ in true }) { _, message in
            log.append(message ?? .atom("timeout"))
        }, .sleep(milliseconds: 1000))
        runtime.start(.sleep(milliseconds: 100), .run { $0.send(.atom("in time"), to: pid) })
        _ = runtime.run(until: pid)
        #expect(same(log.entries, [.atom("in time")]))
        #expect(runtime.now.milliseconds == 1100)
    }

    @Test func anIdleRunDoesNotWaitForTimersThatNoLongerMatter() {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.receiveWithin(milliseconds: 60_000, matching: { _ in true }) { _, _ in }, .take())
        let cancelled = runtime.sendAfter(milliseconds: 90_000, message: .ok, to: .pid(pid))
        _ = runtime.cancelTimer(cancelled)
        let dead = runtime.start()
        _ = runtime.sendAfter(milliseconds: 120_000, message: .ok, to: .pid(dead))
        runtime.start(.run { $0.send(.ok, to: pid) })
        guard case .deadlock(let waiting) = runtime.run() else { Issue.record("expected a deadlock"); return }
        #expect(waiting == [pid])
        #expect(runtime.now.milliseconds == 0)
    }
}
