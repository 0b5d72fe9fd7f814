import Runtime
import Terms

/// Two processes bouncing a message: one round trip is two sends and two receives.
struct PingPongBenchmark {
    let roundTrips: Int

    func measure() -> BenchmarkResult {
        let runtime = Runtime(options: RuntimeOptions(clock: .virtual))
        let pong = RingNode()
        let ping = RingNode()
        guard let pongPid = try? runtime.spawn(pong).pid, let pingPid = try? runtime.spawn(ping).pid else {
            return BenchmarkResult(figure: "ping-pong", measured: "spawn failed", score: 0, beam: "", target: "", met: false)
        }
        pong.next = pingPid
        ping.next = pongPid
        _ = runtime.run()
        runtime.send(.int(roundTrips * 2), to: pingPid)
        let stopwatch = Stopwatch()
        _ = runtime.run()
        let rate = millionsPerSecond(roundTrips, nanoseconds: stopwatch.elapsed)
        return BenchmarkResult(
            figure: "ping-pong (\(roundTrips) round trips)",
            measured: "\(formatted(rate)) M round trips/s", score: rate, beam: "2.5-2.9 M/s", target: "> 2.9 M/s", met: rate > 2.9
        )
    }
}
