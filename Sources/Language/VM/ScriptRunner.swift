import Runtime
import Terms

/// Runs a whole `.exs` file as `elixir FILE.exs` does: compiles it, runs its
/// top level in a main process, and reports how that process ended.
public struct ScriptRunner {
    /// Where the script's output and error messages go.
    public let output: any OutputSink
    /// Which clock the runtime uses.
    public let clock: ClockKind
    /// How long the script's main process may run.
    public let limits: RunLimits

    /// A runner writing to `output` on the given clock, within `limits`.
    public init(output: any OutputSink, clock: ClockKind = .real, limits: RunLimits = .unlimited) {
        self.output = output
        self.clock = clock
        self.limits = limits
    }

    /// Runs `source` (read from `file`) and returns the exit code Elixir would: 0, or 1 after an error.
    public func run(source: String, file: String) -> Int32 {
        let program = Program()
        return StructLayouts.$current.withValue(program.structs.layouts) { run(source: source, file: file, in: program) }
    }

    private func run(source: String, file: String, in program: Program) -> Int32 {
        do {
            program.load(try program.compile(source, file: file), deferringModules: true)
        } catch {
            for message in error.messages(file: file, source: source) { output.write(message + "\n", to: .standardError) }
            return 1
        }
        guard let script = program.lastScript else { return 1 }
        let runtime = Runtime(options: RuntimeOptions(clock: clock, output: output))
        let main: SpawnedProcess
        do {
            main = try runtime.spawn(Machine(program: program, function: script, arguments: []), options: SpawnOptions(logsCrashes: false))
        } catch {
            return 1
        }
        program.mainProcess = main.pid
        let outcome = runtime.run(until: main.pid, limits: limits)
        if let halted = program.haltStatus { return halted }
        let status = report(outcome, program: program)
        guard status == 0, program.exUnitStarted else { return status }
        return ExUnitRunner(program: program, runtime: runtime, output: output, file: file).run()
    }

    private func report(_ outcome: RunOutcome, program: Program) -> Int32 {
        switch outcome {
        case .exited(let record):
            return reportExit(record, program: program)
        case .finished:
            return 0
        case .deadlock:
            output.write(
                "** (proctor) deadlock: the script is waiting in receive for a message that no process can send\n",
                to: .standardError)
            return 1
        case .budgetExhausted:
            output.write("** (proctor) the script ran out of time\n", to: .standardError)
            return 1
        }
    }

    private func reportExit(_ record: ExitRecord, program: Program) -> Int32 {
        if record.reason == .atom(.normal) { return 0 }
        if let killer = record.killedBy {
            let text = ExitFormatter.format(record.reason, message: program.crashMessages[killer])
            output.write("** (EXIT from \(killer.inspectText)) \(text)\n\n", to: .standardError)
            return 1
        }
        output.write(ExitFormatter.banner(record.reason, report: record.crashReport) + "\n", to: .standardError)
        return 1
    }
}
