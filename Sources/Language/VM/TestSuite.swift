import Foundation
import Runtime
import Terms

/// Loads source files into one fresh runtime (the learner's file, then the tests) and runs
/// every ExUnit test they define, each in its own process and budget: what a grader needs.
public struct TestSuite {
    /// A file to load, in order.
    public struct SourceFile: Sendable {
        /// The file's text.
        public let source: String
        /// The name errors and stack traces use (`report_back.exs`).
        public let name: String

        /// A file named `name` holding `source`.
        public init(source: String, name: String) {
            self.source = source
            self.name = name
        }
    }

    /// How much each part of the run may spend.
    public struct Budget: Sendable {
        /// ExUnit's per-test timeout, in milliseconds of the runtime's clock.
        public var testTimeoutMilliseconds: Int
        /// Reductions one test (all its processes together) may spend.
        public var reductionsPerTest: Int
        /// Reductions a file's top level may spend.
        public var reductionsPerFile: Int
        /// Real time the whole run may take, in nanoseconds.
        public var wallTimeNanoseconds: Int64
        /// Memory the program may use before proctor stops the process to blame.
        public var memoryLimitBytes: Int?

        /// ExUnit's 60 s timeout, 20 million reductions per test or file, 30 s of real time in all.
        public init(
            testTimeoutMilliseconds: Int = 60_000, reductionsPerTest: Int = 20_000_000,
            reductionsPerFile: Int = 20_000_000, wallTimeNanoseconds: Int64 = 30_000_000_000,
            memoryLimitBytes: Int? = RuntimeOptions.defaultMemoryLimit
        ) {
            self.memoryLimitBytes = memoryLimitBytes
            self.testTimeoutMilliseconds = testTimeoutMilliseconds
            self.reductionsPerTest = reductionsPerTest
            self.reductionsPerFile = reductionsPerFile
            self.wallTimeNanoseconds = wallTimeNanoseconds
        }
    }

    /// The clock the runtime keeps (the grader uses the virtual clock: deterministic, no real waits).
    public let clock: ClockKind
    /// The run's budget.
    public let budget: Budget
    /// Whether each test's outcome carries a trace of what its processes did (for charts).
    public let recordsTraces: Bool
    /// Whether and how tests that pass run again under other schedules (virtual clock only).
    public let exploration: ScheduleExploration?

    /// A suite runner on `clock` within `budget`, recording each test's trace when `recordsTraces`,
    /// exploring schedules as `exploration` says.
    public init(
        clock: ClockKind = .virtual, budget: Budget = Budget(), recordsTraces: Bool = false,
        exploration: ScheduleExploration? = nil
    ) {
        self.clock = clock
        self.budget = budget
        self.recordsTraces = recordsTraces
        self.exploration = clock == .virtual ? exploration : nil
    }

    /// Loads `files` in order, then runs the tests; stops at the first file that fails to load.
    /// With `testFiles`, only the tests of modules those files define run (a grader runs the
    /// exercise's tests, not tests the learner's file may define).
    public func run(_ files: [SourceFile], runningTestsOf testFiles: Set<String>? = nil) -> TestSuiteReport {
        let program = Program()
        return StructLayouts.$current.withValue(program.structs.layouts) { run(files, in: program, testFiles: testFiles) }
    }

    private func run(_ files: [SourceFile], in program: Program, testFiles: Set<String>?) -> TestSuiteReport {
        let started = DispatchTime.now().uptimeNanoseconds
        let topLevel = TeeOutputSink()
        let recorder = recordsTraces ? TraceRecorder(headLimit: 500, tailLimit: 500) : nil
        let options = RuntimeOptions(clock: clock, observer: recorder?.observer, output: topLevel, memoryLimitBytes: budget.memoryLimitBytes)
        let runtime = Runtime(options: options)
        for file in files {
            let sink = CapturingOutputSink(bound: BoundedText())
            let limits = remaining(since: started, reductions: budget.reductionsPerFile)
            let execution = ScriptExecution(program: program, runtime: runtime, output: sink, limits: limits)
            let status = execution.run(source: file.source, file: file.name)
            topLevel.write(sink.standardOutput, to: .standardOutput)
            if status != 0 || program.haltStatus != nil {
                let failure = LoadFailure(file: file.name, message: loadMessage(sink.standardError, halted: program.haltStatus))
                return TestSuiteReport(
                    loadFailure: failure, tests: [], declaredTests: 0, output: topLevel.captured, exploration: nil, warnings: program.warnings)
            }
        }
        let sources = Dictionary(files.map { ($0.name, $0.source.lineSlices) }) { first, _ in first }
        let modules = program.testModules.filter { testFiles?.contains($0.file) ?? true }
        let declared = modules.reduce(0) { $0 + $1.tests.count }
        var explorer = exploration.map { ScheduleExplorer(plan: $0, tests: declared) }
        let outcomes = runTests(modules, program, runtime, sources: sources, started: started, recorder: recorder, explorer: &explorer)
        return TestSuiteReport(
            loadFailure: nil, tests: outcomes, declaredTests: declared, output: topLevel.captured, exploration: explorer?.report,
            warnings: program.warnings)
    }

    private func runTests(
        _ modules: [ModuleCode], _ program: Program, _ runtime: Runtime, sources: [String: [Substring]], started: UInt64,
        recorder: TraceRecorder?, explorer: inout ScheduleExplorer?
    ) -> [TestOutcome] {
        var outcomes: [TestOutcome] = []
        for module in modules {
            let setupRunner = TestCaseRunner(
                program: program, runtime: runtime, forwardOutput: nil, timeoutMilliseconds: budget.testTimeoutMilliseconds,
                limits: remaining(since: started, reductions: budget.reductionsPerTest), sources: sources)
            let shared = setupRunner.sharedContext(of: module)
            for test in module.tests {
                let limits = remaining(since: started, reductions: budget.reductionsPerTest)
                var runner = TestCaseRunner(
                    program: program, runtime: runtime, forwardOutput: nil,
                    timeoutMilliseconds: budget.testTimeoutMilliseconds, limits: limits, sources: sources)
                runner.explainsStops = true
                let run = { (schedule: Schedule?) -> TestOutcome in
                    recorder?.reset()
                    runtime.schedule = schedule
                    var outcome = runner.run(test, in: module, shared: shared)
                    // A passing run under an explored schedule is dropped: its trace is not worth drawing up.
                    if schedule == nil || schedule == .standard || !outcome.passed {
                        outcome.trace = recorder?.snapshot.ownProcessesOnly
                    }
                    return outcome
                }
                outcomes.append(explorer?.run(testIndex: outcomes.count, in: runtime, run) ?? run(nil))
            }
            runtime.schedule = nil
            setupRunner.finishModule(shared)
        }
        return outcomes
    }

    /// The budget left: the reductions given, and what remains of the run's real time.
    private func remaining(since started: UInt64, reductions: Int) -> RunLimits {
        let elapsed = Int64(DispatchTime.now().uptimeNanoseconds - started)
        return RunLimits(wallTimeNanoseconds: max(budget.wallTimeNanoseconds - elapsed, 1), reductions: reductions)
    }

    private func loadMessage(_ errors: String, halted: Int32?) -> String {
        if let halted, errors.isEmpty { return "** (proctor) the file called System.halt(\(halted)) while it was loading" }
        return errors.hasSuffix("\n") ? String(errors.dropLast()) : errors
    }
}

/// What running a suite found: the file that failed to load, or every test's outcome.
public struct TestSuiteReport: Sendable {
    /// Why loading stopped (a syntax or compile error, or a crash in a file's top level).
    public let loadFailure: LoadFailure?
    /// Every test, in the order it ran.
    public let tests: [TestOutcome]
    /// How many tests the test modules that were to run define: a run that ends with fewer
    /// outcomes stopped short.
    public let declaredTests: Int
    /// What the files' top levels printed.
    public let output: String
    /// What exploring other schedules found (nil when the suite did not explore).
    public let exploration: ExplorationReport?
    /// The compiler's warnings about the files, as Elixir prints them (`warning: ...` and where).
    public let warnings: [String]
}

/// A file that could not be loaded, with Elixir's report of why.
public struct LoadFailure: Sendable, Equatable {
    /// The file's name.
    public let file: String
    /// The report, as `elixir FILE` prints it (`** (SyntaxError) file.exs:3:5: ...` with the line and a caret).
    public let message: String
}
