import Runtime

let results = [
    RingBenchmark(processes: 10_000, laps: 100).measure(),
    PingPongBenchmark(roundTrips: 1_000_000).measure(),
] + SpawnBenchmark(processes: 100_000).measure() + SpawnBenchmark(processes: 1_000_000).measure()

print(BenchmarkResult.table(results))
