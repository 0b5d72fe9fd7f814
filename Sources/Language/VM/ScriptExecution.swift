import Runtime
import Terms

/// Compiles one file into a program and runs its top level in a main process, as
/// `elixir FILE.exs` does before any tests: errors are written as Elixir writes them.
struct ScriptExecution {
    let program: Program
    let runtime: Runtime
    let output: any OutputSink
    let limits: RunLimits

    /// Runs `source` (read from `file`); returns 0, or 1 after an error (already reported).
    func run(source: String, file: String) -> Int32 {
        let compiled: CompiledFile
        do {
            compiled = try program.compile(source, file: file)
            output.write(compiled.macroOutput.standardOutput, to: .standardOutput)
            output.write(compiled.macroOutput.standardError, to: .standardError)
            for warning in compiled.warnings { output.write(warning, to: .standardError) }
            program.warnings += compiled.warnings
            program.load(compiled, deferringModules: true)
        } catch {
            for message in error.messages(file: file, source: source) { output.write(message + "\n", to: .standardError) }
            return 1
        }
        guard let script = program.lastScript else { return 1 }
        let main: SpawnedProcess
        do {
            main = try runtime.spawn(Machine(program: program, function: script, arguments: []), options: SpawnOptions(logsCrashes: false), groupLeader: output)
        } catch {
            output.write("** (SystemLimitError) a system limit has been reached\n", to: .standardError)
            return 1
        }
        program.mainProcess = main.pid
        let outcome = runtime.run(until: main.pid, limits: limits)
        if let halted = program.haltStatus { return halted }
        let status = report(outcome)
        if status == 0 {
            let undefined = UndefinedCallWarnings(program: program) { "\(file):\($0)" }.texts(for: compiled.remoteCalls, definedIn: compiled.modules)
            for warning in compiled.closingWarnings + undefined { output.write(warning, to: .standardError) }
            program.warnings += compiled.closingWarnings + undefined
        }
        return status
    }

    private func report(_ outcome: RunOutcome) -> Int32 {
        switch outcome {
        case .exited(let record):
            return reportExit(record)
        case .finished:
            return 0
        case .deadlock(let waiting):
            output.write(
                "** (proctor) deadlock: the script is waiting in receive for a message that no process can send\n",
                to: .standardError)
            let explanation = StuckReport.lines(for: waiting, first: program.mainProcess, in: runtime, indent: "    ")
            if !explanation.isEmpty { output.write(explanation.joined(separator: "\n") + "\n", to: .standardError) }
            return 1
        case .budgetExhausted, .deadlineReached:
            let limit = limits.wallTimeNanoseconds.map { "its time limit of \(Double($0) / 1e9) s" } ?? "its budget"
            output.write("** (proctor) the script did not finish within \(limit): is there a loop that never ends?\n", to: .standardError)
            let spinning = RunawayReport.lines(in: runtime, indent: "    ")
            if !spinning.isEmpty { output.write(spinning.joined(separator: "\n") + "\n", to: .standardError) }
            return 1
        }
    }

    private func reportExit(_ record: ExitRecord) -> Int32 {
        if record.reason == .atom(.normal) { return 0 }
        if let stop = runtime.memoryStops.first(where: { $0.pid == record.pid }) {
            output.write("** (proctor) out of memory: \(stop.explanation)\n", to: .standardError)
            return 1
        }
        if let killer = record.killedBy {
            let text = ExitFormatter.format(record.reason, message: program.crashMessages[killer])
            output.write("** (EXIT from \(killer.inspectText)) \(text)\n\n", to: .standardError)
            return 1
        }
        output.write(ExitFormatter.banner(record.reason, report: record.crashReport) + "\n", to: .standardError)
        return 1
    }
}
