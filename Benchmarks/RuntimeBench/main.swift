import Runtime

/// `proctor-bench [ring|pingpong|spawn]...`: runs the chosen benchmarks (all by default) and prints a table.
let chosen = Set(CommandLine.arguments.dropFirst())
func wanted(_ name: String) -> Bool { chosen.isEmpty || chosen.contains(name) }

var results: [BenchmarkResult] = []
if wanted("ring") { results.append(RingBenchmark(processes: 10_000, laps: 100).measure()) }
if wanted("pingpong") { results.append(PingPongBenchmark(roundTrips: 1_000_000).measure()) }
if wanted("spawn") {
    results += SpawnBenchmark(processes: 100_000).measure()
    results += SpawnBenchmark(processes: 1_000_000).measure()
}
print(BenchmarkResult.table(results))
