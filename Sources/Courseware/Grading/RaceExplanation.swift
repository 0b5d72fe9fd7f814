import Runtime
import Terms

/// Says in plain words what a failing schedule did differently from the default one: the
/// first process that took another message out of its mailbox (two messages swapped, or one
/// the default run never sent), the first process that exited otherwise, or the first thing
/// that happened in another order.
enum RaceExplanation {
    /// The explanation, as paragraphs of prose; empty when the traces show no difference.
    static func lines(standard: TraceSnapshot?, explored: TraceSnapshot?) -> [String] {
        guard let standard, let explored else { return [] }
        if let swap = firstSwappedReceive(standard: standard.events, explored: explored.events) {
            return swapLines(swap, standard: standard.events, explored: explored.events)
        }
        if let exit = firstOtherExit(standard: standard.events, explored: explored.events) { return [exit] }
        return firstDifference(standard: standard.events, explored: explored.events)
    }

    /// Two messages one process received in the other order.
    private struct Swap {
        let receiver: Pid
        /// What it took first under the failing schedule.
        let early: String
        /// What it took first under the default schedule.
        let late: String
    }

    private static func firstSwappedReceive(standard: [TraceEvent], explored: [TraceEvent]) -> Swap? {
        let expected = receivedInOrder(standard)
        var seen: [Pid: Int] = [:]
        for event in explored where event.kind == .receive {
            guard let receiver = event.to else { continue }
            let position = seen[receiver, default: 0]
            seen[receiver] = position + 1
            let wanted = expected[receiver] ?? []
            guard position < wanted.count, wanted[position] != event.text else { continue }
            return Swap(receiver: receiver, early: event.text, late: wanted[position])
        }
        return nil
    }

    private static func receivedInOrder(_ events: [TraceEvent]) -> [Pid: [String]] {
        var received: [Pid: [String]] = [:]
        for event in events where event.kind == .receive {
            if let receiver = event.to { received[receiver, default: []].append(event.text) }
        }
        return received
    }

    private static func swapLines(_ swap: Swap, standard: [TraceEvent], explored events: [TraceEvent]) -> [String] {
        let receiver = swap.receiver.inspectText
        let early = described(swap.early, to: swap.receiver, events: events)
        let late = described(swap.late, to: swap.receiver, events: standard)
        guard receivedInOrder(standard)[swap.receiver]?.contains(swap.early) == true else {
            return [
                "Under this schedule \(receiver) received \(early), which it never received under the default schedule (there it received \(late) at that point).",
                "Processes may run in any order: here something happened before the step your code counted on to come first.",
            ]
        }
        return [
            "Under this schedule \(receiver) received \(early) before \(late); under the default schedule it was the other way round.",
            "Only messages from one process to another keep their order: messages from different processes may arrive in any order, and processes may run in any order.",
        ]
    }

    /// `{:result, 4} (from #PID<0.112.0>)`, naming the sender when the trace shows it.
    private static func described(_ message: String, to receiver: Pid, events: [TraceEvent]) -> String {
        let sender = events.last { $0.kind == .send && $0.to == receiver && $0.text == message }?.from
        return sender.map { "\(message) (from \($0.inspectText))" } ?? message
    }

    /// The first process that exited with another reason than under the default schedule, or only under one of them.
    private static func firstOtherExit(standard: [TraceEvent], explored: [TraceEvent]) -> String? {
        var expected: [Pid: String] = [:]
        for event in standard where event.kind == .exit {
            if let pid = event.from { expected[pid] = event.text }
        }
        for event in explored where event.kind == .exit {
            guard let pid = event.from, expected[pid] != event.text else { continue }
            let before = expected[pid].map { "it exited with \($0)" } ?? "it did not exit"
            return "Under this schedule \(pid.inspectText) exited with \(event.text); under the default schedule \(before). Processes may run in any order: here one ran before the step your code counted on to come first."
        }
        return nil
    }

    private static func firstDifference(standard: [TraceEvent], explored: [TraceEvent]) -> [String] {
        let ordered = { (events: [TraceEvent]) in events.filter { $0.kind != .output }.map(summary) }
        let before = ordered(standard)
        let after = ordered(explored)
        guard let index = (0..<min(before.count, after.count)).first(where: { before[$0] != after[$0] }) else { return [] }
        return ["Under this schedule the processes ran in another order: first \(after[index]), where under the default schedule \(before[index])."]
    }

    private static func summary(_ event: TraceEvent) -> String {
        let from = event.from.map(\.inspectText) ?? "a timer"
        let to = event.to.map(\.inspectText) ?? ""
        switch event.kind {
        case .spawn: return "\(from) spawned \(to)"
        case .send: return "\(from) sent \(event.text) to \(to)"
        case .receive: return "\(to) received \(event.text)"
        case .exit: return "\(from) exited with \(event.text)"
        case .register: return "\(from) was registered as \(event.text)"
        case .timeout: return "the receive of \(from) timed out"
        case .link, .unlink, .monitor, .output: return "\(from) \(event.kind.rawValue) \(to)"
        }
    }
}
