@testable import Runtime
import Terms
import Testing

@Suite struct SchedulerTests {
    @Test func runQueueIsFirstInFirstOut() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        for number in 1...3 {
            runtime.start(.run { _ in log.append(.int(number)) }, .yield, .run { _ in log.append(.int(number * 10)) })
        }
        _ = runtime.run()
        #expect(same(log.entries, [1, 2, 3, 10, 20, 30].map { Term.int($0) }))
    }

    @Test func aSpinningProcessDoesNotStopOthersFromRunning() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        runtime.start(.spinForever)
        let main = runtime.start(.yield, .run { _ in log.append(.atom("ran")) })
        let outcome = runtime.run(until: main)
        #expect(same(log.entries, [.atom("ran")]))
        guard case .exited(let record) = outcome else { Issue.record("expected an exit, got \(outcome)"); return }
        #expect(record.pid == main)
        #expect(same(record.reason, .atom(.normal)))
    }

    @Test func aSpinnerNeverDelaysAReceiveTimeoutOnTheVirtualClock() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        runtime.start(.spinForever)
        let main = runtime.start(.receiveWithin(milliseconds: 100, matching: { _ in true }) { _, message in
            log.append(message ?? .atom("timeout"))
        })
        let outcome = runtime.run(until: main)
        #expect(same(log.entries, [.atom("timeout")]))
        guard case .exited = outcome else { Issue.record("expected an exit, got \(outcome)"); return }
        #expect(runtime.now >= ClockInstant(nanoseconds: 0).adding(milliseconds: 100))
    }

    @Test func aDeadlockIsReportedWithTheWaitingProcesses() {
        let (runtime, _) = Runtime.forTesting()
        let first = runtime.start(.take())
        let second = runtime.start(.take())
        runtime.start(.run { _ in })
        let outcome = runtime.run(until: first)
        guard case .deadlock(let waiting) = outcome else { Issue.record("expected a deadlock, got \(outcome)"); return }
        #expect(waiting == [first, second])
    }

    @Test func runFinishesWhenEveryProcessExited() {
        let (runtime, _) = Runtime.forTesting()
        runtime.start(.sleep(milliseconds: 10))
        guard case .finished = runtime.run() else { Issue.record("expected finished"); return }
        #expect(runtime.processCount == 0)
    }

    @Test func aReductionBudgetStopsTheRunAndTheRunCanGoOn() {
        let (runtime, _) = Runtime.forTesting()
        let spinner = runtime.start(.spinForever)
        guard case .budgetExhausted = runtime.run(limits: RunLimits(reductions: 10_000)) else {
            Issue.record("expected the budget to run out"); return
        }
        #expect(runtime.isAlive(spinner))
        guard case .budgetExhausted = runtime.run(limits: RunLimits(reductions: 10_000)) else {
            Issue.record("expected the budget to run out again"); return
        }
        #expect((runtime.process(spinner)?.reductions ?? 0) >= 20_000)
    }

    @Test func aWallTimeBudgetStopsAnEndlessRun() {
        let (runtime, _) = Runtime.forTesting(clock: .real)
        runtime.start(.spinForever)
        guard case .budgetExhausted = runtime.run(limits: RunLimits(wallTimeNanoseconds: 20_000_000)) else {
            Issue.record("expected the wall-time budget to run out"); return
        }
    }

    @Test func aWallTimeBudgetAlsoEndsAnIdleWait() {
        let (runtime, _) = Runtime.forTesting(clock: .real)
        runtime.start(.sleep(milliseconds: 60_000))
        guard case .budgetExhausted = runtime.run(limits: RunLimits(wallTimeNanoseconds: 20_000_000)) else {
            Issue.record("expected the wall-time budget to run out"); return
        }
    }

    @Test func waitingProcessesAreNotRunUntilAMessageArrives() {
        let (runtime, _) = Runtime.forTesting()
        let waiter = ScriptedBody([.take()])
        let pid = (try? runtime.spawn(waiter).pid) ?? Pid(serial: 0)
        runtime.start(.run { _ in }, .sleep(milliseconds: 50), .run { $0.send(.ok, to: pid) })
        runtime.start(.spinForever)
        _ = runtime.run(limits: RunLimits(reductions: 1_000_000))
        #expect(waiter.slices == 2)
    }

    @Test func pidsAreNumberedLikeElixirs() {
        let (runtime, _) = Runtime.forTesting()
        let first = runtime.start(.take())
        let second = runtime.start(.take())
        #expect(first.inspectText == "#PID<0.96.0>")
        #expect(second.inspectText == "#PID<0.97.0>")
    }

    @Test func aPidIsNotReusedAfterItsProcessExits() {
        let (runtime, _) = Runtime.forTesting()
        let first = runtime.start()
        _ = runtime.run()
        let second = runtime.start(.take())
        #expect(first != second)
        #expect(!runtime.isAlive(first))
        #expect(runtime.isAlive(second))
    }

    @Test func twoRuntimesDoNotInterfere() {
        let (one, oneOutput) = Runtime.forTesting()
        let (two, twoOutput) = Runtime.forTesting()
        let oneReceiver = one.start(.take { process, _ in process.write("one got a message\n") })
        let twoReceiver = two.start(.take { process, _ in process.write("two got a message\n") })
        #expect(oneReceiver == twoReceiver)
        one.send(.ok, to: oneReceiver)
        _ = one.run()
        _ = two.run(limits: RunLimits(reductions: 1000))
        #expect(oneOutput.standardOutput == "one got a message\n")
        #expect(twoOutput.standardOutput.isEmpty)
        #expect(two.isAlive(twoReceiver))
        #expect(!one.isAlive(oneReceiver))
    }

    @Test func oneHundredThousandProcessesWork() {
        let (runtime, _) = Runtime.forTesting()
        let count = 100_000
        let tally = Tally()
        let main = runtime.start(
            .run { process in
                for number in 1...count {
                    let parent = process.pid
                    process.start(.run { $0.send(.int(number), to: parent) })
                }
            },
            .receiveEach { _, message in
                if case .int(let number) = message { tally.add(number) }
                return tally.count < count
            }
        )
        _ = runtime.run(until: main)
        #expect(tally.count == count)
        #expect(tally.sum == count * (count + 1) / 2)
        #expect(runtime.processCount == 0)
    }

    @Test func aMessageArrivingAfterTheScanButBeforeWaitingIsNotMissed() {
        let (runtime, _) = Runtime.forTesting()
        let body = SendsItselfAfterScanning()
        guard let pid = try? runtime.spawn(body).pid else { Issue.record("spawn failed"); return }
        guard case .exited(let record) = runtime.run(until: pid) else { Issue.record("no exit"); return }
        #expect(same(record.reason, .atom("got_it")))
        #expect(body.slices == 2)
    }

    @Test func livePidsListsEveryLiveProcessInOrder() {
        let (runtime, _) = Runtime.forTesting()
        let first = runtime.start(.take())
        let finished = runtime.start()
        let last = runtime.start(.take())
        _ = runtime.run()
        #expect(runtime.livePids == [first, last])
        #expect(!runtime.livePids.contains(finished))
    }
}

/// Scans an empty mailbox, then sends itself a message and waits: the
/// scheduler must notice the unscanned message and run it again.
private final class SendsItselfAfterScanning: ProcessBody {
    private(set) var slices = 0

    func run(_ process: ProcessControlBlock, budget: Int) -> Step {
        slices += 1
        if let message = process.receive(where: { _ in true }) { return .exited(.exit(message)) }
        if slices == 1 { process.send(.atom("got_it"), to: process.pid) }
        return .waiting(deadline: nil)
    }
}
