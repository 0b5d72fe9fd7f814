import Runtime
import Terms

/// Runs a whole `.exs` file as `elixir FILE.exs` does: compiles it, runs its
/// top level in a main process, reports how that process ended, then runs the
/// ExUnit tests it defined when it called `ExUnit.start()`.
public struct ScriptRunner {
    /// Where the script's output and error messages go.
    public let output: any OutputSink
    /// Which clock the runtime uses.
    public let clock: ClockKind
    /// How long the script's main process may run.
    public let limits: RunLimits
    /// Memory the program may use before proctor stops the process to blame.
    public let memoryLimitBytes: Int?
    /// Sees every event of the run (`proctor run --trace`); nil costs nothing.
    public let observer: RuntimeObserver?
    /// The schedule the run follows (nil: the plain default); set one on the virtual clock to replay it.
    public var schedule: Schedule?

    /// A runner writing to `output` on the given clock, within `limits` and `memoryLimitBytes`,
    /// telling `observer` what happens.
    public init(
        output: any OutputSink, clock: ClockKind = .real, limits: RunLimits = .unlimited,
        memoryLimitBytes: Int? = RuntimeOptions.defaultMemoryLimit, observer: RuntimeObserver? = nil
    ) {
        self.output = output
        self.clock = clock
        self.limits = limits
        self.memoryLimitBytes = memoryLimitBytes
        self.observer = observer
    }

    /// Runs `source` (read from `file`) and returns the exit code Elixir would: 0, or 1 after an error.
    public func run(source: String, file: String) -> Int32 {
        runRecordingChoices(source: source, file: file).status
    }

    /// Runs `source` as `run` does, and returns the exit code with the choices the scheduler
    /// made (recorded only under a `schedule`): where a search can deviate next.
    public func runRecordingChoices(source: String, file: String) -> (status: Int32, choices: [ScheduleChoicePoint]) {
        let program = Program()
        return StructLayouts.$current.withValue(program.structs.layouts) {
            let options = RuntimeOptions(clock: clock, observer: observer, output: output, memoryLimitBytes: memoryLimitBytes)
            let runtime = Runtime(options: options)
            runtime.schedule = schedule
            let status = ScriptExecution(program: program, runtime: runtime, output: output, limits: limits).run(source: source, file: file)
            guard status == 0, program.exUnitStarted, program.haltStatus == nil else { return (status, runtime.choicePoints) }
            let tests = ExUnitRunner(program: program, runtime: runtime, output: output, file: file, source: source).run()
            return (tests, runtime.choicePoints)
        }
    }
}
