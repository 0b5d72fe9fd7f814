@testable import Runtime
import Terms
import Testing

@Suite struct ClockTests {
    @Test func aVirtualSleepCostsNothingAndJumpsTime() {
        let (runtime, _) = Runtime.forTesting()
        let pid = runtime.start(.sleep(milliseconds: 5000))
        _ = runtime.run(until: pid)
        #expect(runtime.now.milliseconds == 5000)
    }

    @Test func virtualTimeAdvancesWithWorkDone() {
        let (runtime, _) = Runtime.forTesting()
        runtime.start(.spinForever)
        _ = runtime.run(limits: RunLimits(reductions: 1_000_000))
        let expected = Int64(1_000_000 * runtime.options.virtualNanosecondsPerReduction)
        #expect(runtime.now.nanoseconds >= expected)
    }

    @Test func virtualRunsAreRepeatable() {
        func trace() -> [Term] {
            let (runtime, _) = Runtime.forTesting()
            let log = Log()
            for number in 1...5 {
                runtime.start(.sleep(milliseconds: 100 * (6 - number)), .run { process in
                    log.append(.tuple(.int(number), .int(process.runtime.now.milliseconds)))
                })
            }
            _ = runtime.run()
            return log.entries
        }
        #expect(same(trace(), trace()))
        #expect(same(trace().first ?? .nil, .tuple(.int(5), .int(100))))
    }

    @Test func theRealClockSleepsUntilTheDeadline() {
        let (runtime, _) = Runtime.forTesting(clock: .real)
        let start = runtime.now
        let pid = runtime.start(.sleep(milliseconds: 20))
        _ = runtime.run(until: pid)
        #expect(runtime.now >= start.adding(milliseconds: 20))
    }

    @Test func theVirtualWallClockStartsAtItsEpochAndMovesWithVirtualTime() {
        let (runtime, _) = Runtime.forTesting()
        #expect(runtime.systemNanoseconds == RuntimeClock.virtualEpochNanoseconds)
        let pid = runtime.start(.sleep(milliseconds: 1500))
        _ = runtime.run(until: pid)
        #expect(runtime.now.milliseconds >= 1500)
        #expect(runtime.systemNanoseconds == RuntimeClock.virtualEpochNanoseconds + runtime.now.nanoseconds)
    }

    @Test func theRealWallClockReadsTheMachinesTime() {
        let (runtime, _) = Runtime.forTesting(clock: .real)
        #expect(runtime.systemNanoseconds > RuntimeClock.virtualEpochNanoseconds - 365 * 86_400 * 1_000_000_000)
    }

    @Test func instantsConvertToMilliseconds() {
        let instant = ClockInstant(nanoseconds: 0).adding(milliseconds: 1500)
        #expect(instant.milliseconds == 1500)
        #expect(instant.milliseconds(since: ClockInstant(nanoseconds: 1)) == 1500)
    }

    @Test func anEnormousSpanSaturatesInsteadOfWrapping() {
        let far = ClockInstant(nanoseconds: 5).adding(milliseconds: Int.max)
        #expect(far == ClockInstant(nanoseconds: .max))
    }
}
