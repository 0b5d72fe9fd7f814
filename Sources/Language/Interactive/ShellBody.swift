import Runtime
import Terms

/// The REPL's shell process: it evaluates one input at a time in the same process
/// (same pid, mailbox and dictionary, as iex's evaluator), and waits between inputs.
final class ShellBody: ProcessBody, GuestCodeRunner {
    /// How the last input ended.
    enum Outcome {
        case value(Term)
        case raised(GuestError, trace: [String])
    }

    private var evaluation: Machine?
    private var starting = false
    /// Set when an input finishes; the session takes it.
    private(set) var outcome: Outcome?

    /// The results of the session's inputs, for `v/0` and `v/1`.
    let history: ShellHistory

    /// A shell whose inputs' results go to `history`.
    init(history: ShellHistory) {
        self.history = history
    }

    /// The machine evaluating the current input, if one is.
    var currentMachine: Machine? { evaluation }

    /// The shell, as charts and explanations name it.
    var label: String? { "the shell" }

    /// Starts evaluating `machine`'s function; the session then resumes the process.
    func evaluate(_ machine: Machine) {
        evaluation = machine
        starting = true
        outcome = nil
    }

    var callDepth: Int { evaluation?.callDepth ?? 0 }

    func runs(_ module: ModuleCode) -> Bool {
        evaluation?.runs(module) ?? false
    }

    /// Takes the outcome of the input that just finished.
    func takeOutcome() -> Outcome? {
        defer { outcome = nil }
        return outcome
    }

    func run(_ process: ProcessControlBlock, budget: Int) -> Step {
        process.reductions += 1
        guard let machine = evaluation else { return idle(process) }
        if starting {
            starting = false
            process.endReceiveAfterTimeout()
        }
        let step = machine.run(process, budget: budget)
        guard case .exited = step else { return step }
        evaluation = nil
        if let error = machine.finalError {
            outcome = .raised(error, trace: machine.finalTrace)
        } else {
            outcome = .value(machine.finalValue ?? .nil)
        }
        return idle(process)
    }

    /// Between inputs the shell waits; messages only pile up for `flush()`.
    private func idle(_ process: ProcessControlBlock) -> Step {
        process.beginReceive()
        while process.currentMessage != nil { process.skipMessage() }
        process.suspendReceive()
        return .waiting(deadline: nil)
    }
}
