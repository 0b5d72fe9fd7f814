@testable import Runtime
import Terms
import Testing

@Suite struct ScheduleTests {
    @Test func tokensNameTheScheduleTheyReplay() {
        let schedules: [Schedule] = [
            .standard, .randomized(seed: 0x9F3C), .deviations([ScheduleDeviation(point: 4, choice: 1)]),
            .deviations([ScheduleDeviation(point: 4, choice: 1), ScheduleDeviation(point: 9, choice: 2)]),
        ]
        #expect(schedules.map(\.token) == ["default", "r9f3c", "d4.1", "d4.1_9.2"])
        #expect(schedules.map { Schedule(token: $0.token) } == schedules)
        for bad in ["", "d", "d4", "d4.0", "d-1.2", "rxyz", "x1", "d4.1_", "r"] {
            #expect(Schedule(token: bad) == nil, "\(bad)")
        }
    }

    @Test func theStandardScheduleChoosesExactlyAsTheDefault() {
        let plain = twoSendersLog(schedule: nil)
        let standard = twoSendersLog(schedule: .standard)
        #expect(same(plain.log, standard.log))
        #expect(!standard.choices.isEmpty)
    }

    @Test func messagesBetweenOnePairKeepTheirOrderUnderEverySchedule() {
        var orders = Set<[Term]>()
        for seed in 0..<200 {
            let log = twoSendersLog(schedule: .randomized(seed: UInt64(seed))).log
            orders.insert(log)
            #expect(isInSendOrder(log, from: "a"), "seed \(seed): \(log)")
            #expect(isInSendOrder(log, from: "b"), "seed \(seed): \(log)")
        }
        #expect(orders.count > 2, "random schedules interleave the two senders in several ways")
    }

    @Test func eachDeviationFromTheDefaultRunChangesOneChoice() {
        let standard = twoSendersLog(schedule: .standard)
        let search = ScheduleSearch(around: standard.choices, salt: 1, count: 20)
        let logs = (0..<20).map { twoSendersLog(schedule: search.schedule($0)).log }
        #expect(logs.contains { !same($0, standard.log) })
        #expect(logs.allSatisfy { isInSendOrder($0, from: "a") && isInSendOrder($0, from: "b") })
    }

    @Test func aScheduleReplaysTheSameRunEveryTime() {
        for seed: UInt64 in [3, 77, 1234] {
            let first = twoSendersLog(schedule: .randomized(seed: seed))
            let again = twoSendersLog(schedule: .randomized(seed: seed))
            #expect(same(first.log, again.log))
            #expect(first.choices == again.choices)
        }
    }

    @Test func timersFireInDeadlineOrderUnderEverySchedule() {
        for seed in 0..<50 {
            let (runtime, _) = Runtime.forTesting()
            runtime.schedule = .randomized(seed: UInt64(seed))
            let log = Log()
            let receiver = runtime.start(.receiveEach { _, message in
                log.append(message)
                return log.entries.count < 3
            })
            for milliseconds in [30, 10, 20] {
                _ = runtime.sendAfter(milliseconds: milliseconds, message: .int(milliseconds), to: .pid(receiver))
            }
            _ = runtime.run(until: receiver)
            #expect(same(log.entries, [10, 20, 30].map { Term.int($0) }), "seed \(seed)")
        }
    }

    @Test func aRewoundRuntimeNumbersItsProcessesAndKeepsTimeAsBefore() {
        let (runtime, _) = Runtime.forTesting()
        let checkpoint = runtime.checkpoint()
        let first = runtime.start(.sleep(milliseconds: 50))
        runtime.start(.receiveEach { _, _ in true })
        _ = runtime.run(until: first)
        let ref = runtime.makeRef()
        #expect(runtime.processCount == 1)
        runtime.rewind(to: checkpoint)
        #expect(runtime.processCount == 0)
        #expect(runtime.now == checkpoint.time)
        #expect(runtime.start(.sleep(milliseconds: 50)) == first)
        #expect(runtime.makeRef() == ref)
    }

    /// Two processes each send three tagged numbers to a receiver that logs what it takes.
    private func twoSendersLog(schedule: Schedule?) -> (log: [Term], choices: [ScheduleChoicePoint]) {
        let (runtime, _) = Runtime.forTesting()
        runtime.schedule = schedule
        let log = Log()
        let receiver = runtime.start(.receiveEach { _, message in
            log.append(message)
            return log.entries.count < 6
        })
        for tag in ["a", "b"] {
            runtime.start(.run { process in
                for number in 1...3 { process.send(.tuple([.atom(Atom(tag)), .int(number)]), to: receiver) }
            })
        }
        _ = runtime.run(until: receiver)
        return (log.entries, runtime.choicePoints)
    }

    private func isInSendOrder(_ log: [Term], from tag: String) -> Bool {
        let numbers = log.compactMap { term -> Term? in
            guard case .tuple(let box) = term, box.elements.count == 2, box.elements[0] == .atom(Atom(tag)) else { return nil }
            return box.elements[1]
        }
        return numbers == [1, 2, 3].map { Term.int($0) }
    }
}
