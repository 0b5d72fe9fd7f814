@testable import Runtime
import Terms
import Testing

@Suite struct ObserverTests {
    private func describe(_ event: RuntimeEvent) -> String {
        switch event.kind {
        case .spawn(let parent, let child, _): return "spawn \(parent?.serial ?? 0) \(child.serial)"
        case .send(let from, let to, _): return "send \(from?.serial ?? 0) \(to.serial)"
        case .receive(let pid, _): return "receive \(pid.serial)"
        case .link(let first, let second): return "link \(first.serial) \(second.serial)"
        case .unlink(let first, let second): return "unlink \(first.serial) \(second.serial)"
        case .monitor(let watcher, let target, _): return "monitor \(watcher.serial) \(target.serial)"
        case .exit(let pid, _): return "exit \(pid.serial)"
        case .down(let watcher, let target, _, _): return "down \(watcher.serial) \(target.serial)"
        case .register(let pid, let name): return "register \(pid.serial) \(name.name)"
        case .receiveTimeout(let pid): return "timeout \(pid.serial)"
        case .output(let pid, let text): return "output \(pid.serial) \(text)"
        }
    }

    @Test func theObserverSeesEveryKindOfEventWithItsTime() {
        let events = EventLog()
        let (runtime, _) = Runtime.forTesting(observer: { events.record($0) })
        runtime.start(.run { process in
            let child = process.start(.take(), options: SpawnOptions(link: true, monitor: true)).pid
            process.unlink(child)
            process.send(.ok, to: child)
        }, .sleep(milliseconds: 10), .take())
        _ = runtime.run()
        #expect(events.all.map(describe) == [
            "spawn 0 96", "spawn 96 97", "link 96 97", "monitor 96 97", "unlink 96 97", "send 96 97",
            "receive 97", "exit 97", "send 97 96", "down 96 97", "timeout 96", "receive 96", "exit 96",
        ])
        #expect(events.all.first?.time == ClockInstant(nanoseconds: 0))
        #expect((events.all.last?.time ?? ClockInstant(nanoseconds: 0)) >= ClockInstant(nanoseconds: 0).adding(milliseconds: 10))
    }

    @Test func noObserverMeansNoEvents() {
        let (runtime, _) = Runtime.forTesting()
        runtime.start(.run { $0.send(.ok, to: $0.pid) }, .take())
        guard case .finished = runtime.run() else { Issue.record("expected the run to finish"); return }
        #expect(runtime.observer == nil)
    }
}

/// Collects observed events.
final class EventLog {
    private(set) var all: [RuntimeEvent] = []

    func record(_ event: RuntimeEvent) { all.append(event) }
}
