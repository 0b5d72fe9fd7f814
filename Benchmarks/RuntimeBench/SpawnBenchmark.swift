import Runtime
import Terms

/// Spawns many processes that each run once and then wait in a receive forever:
/// time per spawn, and resident memory per waiting process.
struct SpawnBenchmark {
    let processes: Int

    func measure() -> [BenchmarkResult] {
        let runtime = Runtime(options: RuntimeOptions(clock: .virtual, maxProcesses: processes * 2))
        let spawner = Spawner(count: processes)
        let memoryBefore = residentBytes()
        let stopwatch = Stopwatch()
        if let pid = try? runtime.spawn(spawner).pid { _ = runtime.run(until: pid) }
        let nanoseconds = stopwatch.elapsed
        let bytes = Double(residentBytes() - memoryBefore) / Double(processes)
        let microseconds = Double(nanoseconds) / 1000 / Double(processes)
        let alive = runtime.processCount == processes
        return [
            BenchmarkResult(
                figure: "spawn \(processes) waiting processes",
                measured: "\(formatted(microseconds, decimals: 3)) us/spawn", score: -microseconds, beam: "-", target: "<= 1 us", met: alive && microseconds <= 1
            ),
            BenchmarkResult(
                figure: "memory per waiting process (\(processes))",
                measured: "\(Int(bytes)) bytes", score: -bytes, beam: "2,640 bytes", target: "<= 1 KB", met: alive && bytes <= 1024
            ),
        ]
    }
}

/// Spawns `count` waiters, yields so that each runs once (the run queue is
/// first-in-first-out), then exits.
final class Spawner: ProcessBody {
    private let count: Int
    private var spawned = false

    init(count: Int) { self.count = count }

    func run(_ process: ProcessControlBlock, budget: Int) -> Step {
        guard !spawned else { return .exited(.normal) }
        for _ in 0..<count {
            _ = try? process.spawn(Waiter())
        }
        spawned = true
        process.reductions += count
        return .yielded
    }
}

/// Waits in a receive that nothing ever satisfies.
final class Waiter: ProcessBody {
    func run(_ process: ProcessControlBlock, budget: Int) -> Step {
        process.reductions += 1
        process.beginReceive()
        process.suspendReceive()
        return .waiting(deadline: nil)
    }
}
