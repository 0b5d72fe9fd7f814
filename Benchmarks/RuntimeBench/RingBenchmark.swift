import Runtime
import Terms

/// A token passed around a ring of processes: each hop is one receive and one send.
struct RingBenchmark {
    let processes: Int
    let laps: Int

    func measure() -> BenchmarkResult {
        let runtime = Runtime(options: RuntimeOptions(clock: .virtual, maxProcesses: processes * 2))
        let nodes = (0..<processes).map { _ in RingNode() }
        let pids = nodes.compactMap { try? runtime.spawn($0).pid }
        for (index, node) in nodes.enumerated() { node.next = pids[(index + 1) % pids.count] }
        _ = runtime.run()
        let hops = processes * laps
        runtime.send(.int(hops), to: pids[0])
        let stopwatch = Stopwatch()
        _ = runtime.run()
        let rate = millionsPerSecond(hops, nanoseconds: stopwatch.elapsed)
        return BenchmarkResult(
            figure: "ring \(processes) x \(laps) laps (\(hops) hops)",
            measured: "\(formatted(rate)) M msg/s", score: rate, beam: "3.8-4.8 M msg/s", target: ">= 10 M msg/s", met: rate >= 10
        )
    }
}

/// One process of the ring: forwards the hop counter, less one, to the next process.
final class RingNode: ProcessBody {
    @exclusivity(unchecked) var next = Pid(serial: 0)

    func run(_ process: ProcessControlBlock, budget: Int) -> Step {
        var spent = 0
        while spent < budget {
            process.beginReceive()
            guard process.currentMessage != nil else {
                process.suspendReceive()
                process.reductions += spent
                return .waiting(deadline: nil)
            }
            let message = process.acceptMessage()
            spent += 1
            if case .int(let remaining) = message, remaining > 1 {
                process.send(.int(remaining - 1), to: next)
            }
        }
        process.reductions += spent
        return .yielded
    }
}
