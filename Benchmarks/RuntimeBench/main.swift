import Runtime

/// `proctor-bench [ring|pingpong|spawn]...`: runs the chosen benchmarks (all by default)
/// and prints a table. Each figure is the best of several runs, since the machine is shared.
let chosen = Set(CommandLine.arguments.dropFirst())
func wanted(_ name: String) -> Bool { chosen.isEmpty || chosen.contains(name) }

var results: [BenchmarkResult] = []
if wanted("ring") {
    results.append(bestOf(5) { [RingBenchmark(processes: 10_000, laps: 100).measure()] }[0])
}
if wanted("pingpong") {
    results.append(bestOf(5) { [PingPongBenchmark(roundTrips: 1_000_000).measure()] }[0])
}
if wanted("spawn") {
    results += bestOf(3) { SpawnBenchmark(processes: 100_000).measure() }
    results += bestOf(3) { SpawnBenchmark(processes: 1_000_000).measure() }
}
print(BenchmarkResult.table(results))
