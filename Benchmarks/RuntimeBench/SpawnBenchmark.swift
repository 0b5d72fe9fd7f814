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
        _ = try? runtime.spawn(spawner)
        _ = runtime.run()
        let nanoseconds = stopwatch.elapsed
        let bytes = Double(residentBytes() - memoryBefore) / Double(processes)
        let microseconds = Double(nanoseconds) / 1000 / Double(processes)
        let alive = runtime.processCount == processes + 1
        return [
            BenchmarkResult(
                figure: "spawn \(processes) waiting processes",
                measured: "\(formatted(microseconds, decimals: 3)) us/spawn", beam: "-", target: "<= 1 us", met: alive && microseconds <= 1
            ),
            BenchmarkResult(
                figure: "memory per waiting process (\(processes))",
                measured: "\(Int(bytes)) bytes", beam: "2,640 bytes", target: "<= 1 KB", met: alive && bytes <= 1024
            ),
        ]
    }
}

/// Spawns `count` waiters, then waits itself.
final class Spawner: ProcessBody {
    private let count: Int

    init(count: Int) { self.count = count }

    func run(_ process: ProcessControlBlock, budget: Int) -> Step {
        for _ in 0..<count {
            _ = try? process.spawn(Waiter())
        }
        process.reductions += count
        process.suspendReceive()
        return .waiting(deadline: nil)
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
