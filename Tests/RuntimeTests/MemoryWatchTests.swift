@testable import Runtime
import Testing

/// The memory gauge is read on a clock, not per slice, and announced allocations are added to
/// the last reading until the estimate reaches the limit.
@Suite struct MemoryWatchTests {
    /// A gauge and a clock the test moves by hand.
    final class FakeMachine {
        var bytesInUse = 0
        var now: Int64 = 0
        var readings = 0
        var costOfReading: Int64 = 0

        func watch(limit: Int) -> MemoryWatch {
            MemoryWatch(
                limit: limit,
                gauge: {
                    self.readings += 1
                    self.now += self.costOfReading
                    return self.bytesInUse
                },
                clock: { self.now })
        }
    }

    @Test func slicesAloneNeverReadTheGauge() {
        let machine = FakeMachine()
        var watch = machine.watch(limit: 1000)
        machine.bytesInUse = 5000
        for _ in 0..<100_000 { #expect(watch.overLimitAfterSlice(reductions: 1) == nil) }
        #expect(machine.readings == 0)
    }

    @Test func theGaugeIsReadOncePerIntervalOfWallTime() {
        let machine = FakeMachine()
        var watch = machine.watch(limit: 1000)
        var found: [Int] = []
        for _ in 0..<1000 {
            machine.now += 1_000_000
            if let used = watch.overLimitAfterSlice(reductions: 2000) { found.append(used) }
            machine.bytesInUse += 10
        }
        #expect(machine.readings <= 1000 * 1_000_000 / Int(MemoryWatch.minimumInterval) + 1)
        #expect(machine.readings >= 10)
        #expect(found.first.map { $0 > 1000 } == true)
    }

    @Test func anExpensiveGaugeIsReadLessOften() {
        let machine = FakeMachine()
        machine.costOfReading = 2_000_000
        var watch = machine.watch(limit: 1 << 30)
        watch.read()
        #expect(watch.interval == 200_000_000)
        machine.costOfReading = 1_000_000_000
        watch.read()
        #expect(watch.interval == MemoryWatch.maximumInterval)
    }

    @Test func announcedAllocationsAddUpUntilTheLimitIsConfirmed() {
        let machine = FakeMachine()
        machine.bytesInUse = 100
        var watch = machine.watch(limit: 1000)
        watch.read()
        #expect(watch.refusal(ofAnother: 400) == nil)
        #expect(watch.refusal(ofAnother: 400) == nil)
        #expect(machine.readings == 1)
        // The estimate (900 + 400) passes the limit: a fresh reading decides.
        machine.bytesInUse = 300
        #expect(watch.refusal(ofAnother: 400) == nil)
        #expect(machine.readings == 2)
        machine.bytesInUse = 900
        #expect(watch.refusal(ofAnother: 400) == 900)
        #expect(machine.readings == 3)
    }

    @Test func aRuntimeStopsAnAllocationThatWouldPassItsLimit() {
        let (runtime, _) = Runtime.forTesting()
        var answers: [Bool] = []
        runtime.start(.run { process in
            answers.append(runtime.admitsAllocation(of: 1 << 20, by: process))
            answers.append(runtime.admitsAllocation(of: 2 << 30, by: process))
            answers.append(process.isExitPending)
        })
        _ = runtime.run()
        #expect(answers == [true, false, true])
        #expect(runtime.memoryStops.count == 1)
        #expect(runtime.memoryStops.first?.requestedBytes == 2 << 30)
        #expect(runtime.memoryStops.first?.explanation.contains("it asked for 2.0 GB more") == true)
    }
}
