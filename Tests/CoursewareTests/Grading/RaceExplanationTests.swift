@testable import Courseware
import Runtime
import Terms
import Testing

@Suite struct RaceExplanationTests {
    private let test = Pid(serial: 98), first = Pid(serial: 99), second = Pid(serial: 100)

    private func send(_ text: String, from: Pid, to: Pid) -> TraceEvent {
        TraceEvent(time: 0, kind: .send, from: from, to: to, text: text)
    }

    private func receive(_ text: String, by pid: Pid) -> TraceEvent {
        TraceEvent(time: 0, kind: .receive, from: nil, to: pid, text: text)
    }

    @Test func twoMessagesTakenInTheOtherOrderAreNamedWithTheirSenders() {
        let standard = TraceSnapshot(events: [
            send("{:result, 1}", from: first, to: test), send("{:result, 4}", from: second, to: test),
            receive("{:result, 1}", by: test), receive("{:result, 4}", by: test),
        ])
        let explored = TraceSnapshot(events: [
            send("{:result, 4}", from: second, to: test), send("{:result, 1}", from: first, to: test),
            receive("{:result, 4}", by: test), receive("{:result, 1}", by: test),
        ])

        let lines = RaceExplanation.lines(standard: standard, explored: explored)

        #expect(lines.first == "Under this schedule #PID<0.98.0> received {:result, 4} (from #PID<0.100.0>) before {:result, 1} (from #PID<0.99.0>); under the default schedule it was the other way round.")
        #expect(lines.count == 2)
    }

    @Test func aMessageTheDefaultRunNeverHadIsSaidSo() {
        let standard = TraceSnapshot(events: [receive("{:EXIT, #PID<0.99.0>, :normal}", by: test)])
        let explored = TraceSnapshot(events: [receive("{:EXIT, #PID<0.99.0>, :noproc}", by: test)])

        let lines = RaceExplanation.lines(standard: standard, explored: explored)

        #expect(lines.first?.hasPrefix("Under this schedule #PID<0.98.0> received {:EXIT, #PID<0.99.0>, :noproc}, which it never received under the default schedule") == true, "\(lines)")
    }

    @Test func anExitTheDefaultRunNeverHadIsSaidSo() {
        let standard = TraceSnapshot(events: [receive(":go", by: test)])
        let explored = TraceSnapshot(events: [receive(":go", by: test), TraceEvent(time: 0, kind: .exit, from: first, to: nil, text: ":crash")])

        let lines = RaceExplanation.lines(standard: standard, explored: explored)

        #expect(lines.first?.hasPrefix("Under this schedule #PID<0.99.0> exited with :crash; under the default schedule it did not exit.") == true, "\(lines)")
    }

    @Test func identicalTracesExplainNothing() {
        let trace = TraceSnapshot(events: [receive(":go", by: test)])
        #expect(RaceExplanation.lines(standard: trace, explored: trace).isEmpty)
        #expect(RaceExplanation.lines(standard: nil, explored: trace).isEmpty)
    }
}
