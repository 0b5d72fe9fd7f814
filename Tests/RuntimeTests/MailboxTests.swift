@testable import Runtime
import Terms
import Testing

@Suite struct MailboxTests {
    @Test func messagesArriveOldestFirst() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let receiver = runtime.start(.take { log.append($1) }, .take { log.append($1) }, .take { log.append($1) })
        for name in ["a", "b", "c"] { runtime.send(.atom(name), to: receiver) }
        _ = runtime.run()
        #expect(same(log.entries, [.atom("a"), .atom("b"), .atom("c")]))
    }

    @Test func selectiveReceiveLeavesUnmatchedMessagesInPlace() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let receiver = runtime.start(
            .take(isAtom("second")) { log.append($1) },
            .take { log.append($1) },
            .take { log.append($1) }
        )
        for name in ["first", "second", "third"] { runtime.send(.atom(name), to: receiver) }
        _ = runtime.run()
        #expect(same(log.entries, [.atom("second"), .atom("first"), .atom("third")]))
    }

    @Test func orderBetweenOnePairIsPreserved() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let receiver = runtime.start(.receiveEach { _, message in
            log.append(message)
            return log.entries.count < 1000
        })
        runtime.start(.run { process in
            for number in 0..<1000 { process.send(.int(number), to: receiver) }
        })
        _ = runtime.run()
        #expect(same(log.entries, (0..<1000).map { Term.int($0) }))
    }

    @Test func aGivenUpReceiveResumesAtTheSavedPosition() {
        var mailbox = Mailbox()
        mailbox.append(.atom("a"))
        mailbox.append(.atom("b"))
        mailbox.beginReceive()
        mailbox.skip()
        mailbox.skip()
        #expect(mailbox.current == nil)
        mailbox.suspend()
        mailbox.append(.atom("c"))
        mailbox.beginReceive()
        #expect(mailbox.current.map { same($0, .atom("c")) } == true)
    }

    @Test func acceptingOrTimingOutRescansFromTheFront() {
        var mailbox = Mailbox()
        for name in ["a", "b", "c"] { mailbox.append(.atom(name)) }
        mailbox.beginReceive()
        mailbox.skip()
        #expect(same(mailbox.accept(), .atom("b")))
        mailbox.beginReceive()
        #expect(mailbox.current.map { same($0, .atom("a")) } == true)
        mailbox.skip()
        mailbox.suspend()
        mailbox.resetScan()
        mailbox.beginReceive()
        #expect(mailbox.current.map { same($0, .atom("a")) } == true)
    }

    @Test func newMessagesAreOnlyScannedOnceAfterWaking() {
        let (runtime, _) = Runtime.forTesting()
        let scanned = Log()
        let receiver = runtime.start(.take({ message in
            scanned.append(message)
            return termIsAtom(message, Atom("wanted"))
        }))
        runtime.send(.atom("noise1"), to: receiver)
        _ = runtime.run()
        runtime.send(.atom("noise2"), to: receiver)
        _ = runtime.run()
        runtime.send(.atom("wanted"), to: receiver)
        _ = runtime.run()
        #expect(same(scanned.entries, [.atom("noise1"), .atom("noise2"), .atom("wanted")]))
        #expect(runtime.process(receiver) == nil)
    }

    @Test func afterZeroScansOnceAndTimesOut() {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let receiver = runtime.start(
            .receiveWithin(milliseconds: 0, matching: isAtom("missing")) { _, message in log.append(message ?? .atom("timeout")) },
            .take { log.append($1) }
        )
        runtime.send(.atom("present"), to: receiver)
        _ = runtime.run()
        #expect(same(log.entries, [.atom("timeout"), .atom("present")]))
        #expect(runtime.now.milliseconds == 0)
    }

    @Test func ringBufferRemovesFromTheMiddleAndWrapsAround() {
        var ring = RingBuffer<Int>()
        for value in 0..<6 { ring.append(value) }
        _ = ring.popFirst()
        _ = ring.popFirst()
        for value in 6..<9 { ring.append(value) }
        #expect(ring.remove(at: 3) == 5)
        #expect(ring.elements == [2, 3, 4, 6, 7, 8])
        ring.removeAll { $0 % 2 == 0 }
        #expect(ring.elements == [3, 7])
    }

    @Test func sendingToADeadPidDoesNothing() {
        let (runtime, _) = Runtime.forTesting()
        let dead = runtime.start()
        _ = runtime.run()
        runtime.start(.run { $0.send(.atom("anyone_there?"), to: dead) })
        guard case .finished = runtime.run() else { Issue.record("expected the run to finish"); return }
        #expect(!runtime.isAlive(dead))
    }
}
