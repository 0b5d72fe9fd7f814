import Runtime
import Terms

/// Runs the test modules of a script after it finishes, as `ExUnit.start()` arranges:
/// each test in its own process, a dot per pass, a numbered block per failure,
/// then `N tests, N failures`.
struct ExUnitRunner {
    let program: Program
    let runtime: Runtime
    let output: any OutputSink
    let file: String
    /// The script's text, for the `code:` line of a failure.
    let source: String

    /// Runs every test; returns the exit code (0 when all passed, 2 otherwise).
    func run() -> Int32 {
        var total = 0
        var failures = 0
        let started = runtime.now
        let runner = TestCaseRunner(program: program, runtime: runtime, forwardOutput: output, timeoutMilliseconds: 60_000, limits: .unlimited,
            sources: [file: source.lineSlices])
        for module in program.testModules {
            for test in module.tests {
                total += 1
                let outcome = runner.run(test, in: module)
                if let failure = outcome.failure {
                    failures += 1
                    output.write(report(failure, outcome: outcome, number: failures), to: .standardOutput)
                } else {
                    output.write(".", to: .standardOutput)
                }
            }
        }
        let seconds = Double(runtime.now.nanoseconds - started.nanoseconds) / 1e9
        let summary = "\(total) test\(total == 1 ? "" : "s"), \(failures) failure\(failures == 1 ? "" : "s")"
        output.write("\nFinished in \(formatSeconds(seconds)) seconds\n\(summary)\n", to: .standardOutput)
        return failures == 0 ? 0 : 2
    }

    private func report(_ failure: TestFailure, outcome: TestOutcome, number: Int) -> String {
        var lines = ["", "", "  \(number)) test \(outcome.name) (\(outcome.module))", "     \(file):\(outcome.line)"]
        lines += failure.lines.map { $0.isEmpty ? "     " : "     " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    private func formatSeconds(_ seconds: Double) -> String {
        let tenths = (seconds * 10).rounded() / 10
        return tenths < 0.1 ? "0.00" : String(tenths)
    }
}
