import Runtime
import Terms

/// Runs macros' code while a file compiles, as Elixir does: in a process of a runtime of its
/// own (virtual clock, bounded work), on a program holding the library and the modules the
/// file compiled so far. A macro that raises, exits or never finishes becomes a compile error,
/// never a hang or a crash of proctor.
final class MacroRunner {
    /// How many reductions one expansion may spend before it is stopped.
    static let reductionLimit = 20_000_000
    /// How long one expansion may take, in nanoseconds.
    static let wallTimeLimit: Int64 = 10_000_000_000

    private let program = Program()
    private let runtime: Runtime
    /// What the macros printed (`IO.puts` in a macro body), shown before the file runs.
    let output = CapturingOutputSink()
    /// The modules made callable so far, held so that none is freed (and its address reused by
    /// a module not installed yet) while the runner lives.
    private var installed: [ObjectIdentifier: ModuleCode] = [:]

    /// Why an expansion gave no quoted form.
    enum Failure: Error {
        /// The macro raised: the exception's module and message.
        case raised(exception: String, message: String)
        /// The macro exited or threw: the reason as Elixir prints it.
        case exited(String)
        /// The macro did not finish within its budget.
        case unfinished
    }

    init() {
        runtime = Runtime(options: RuntimeOptions(clock: .virtual, output: output))
    }

    /// Calls `function` with `arguments` after making `modules` callable; its return value.
    func run(_ function: FunctionCode, arguments: [Term], modules: [ModuleCode]) -> Result<Term, Failure> {
        for module in modules where installed[ObjectIdentifier(module)] == nil {
            module.freeze()
            program.install(module)
            installed[ObjectIdentifier(module)] = module
        }
        let machine = Machine(program: program, function: function, arguments: arguments)
        guard let spawned = try? runtime.spawn(machine, options: SpawnOptions(logsCrashes: false), groupLeader: output) else {
            return .failure(.unfinished)
        }
        let limits = RunLimits(wallTimeNanoseconds: Self.wallTimeLimit, reductions: Self.reductionLimit)
        let outcome = runtime.run(until: spawned.pid, limits: limits)
        if let value = machine.finalValue { return .success(value) }
        if let error = machine.finalError {
            if error.kind == .error {
                return .failure(.raised(exception: ExceptionFormatter.moduleName(error.value), message: ExceptionFormatter.message(error.value)))
            }
            return .failure(.exited(error.value.inspect()))
        }
        if case .exited(let record) = outcome { return .failure(.exited(record.reason.inspect())) }
        return .failure(.unfinished)
    }
}
