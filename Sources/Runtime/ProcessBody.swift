import Terms

/// The code a process runs: anything that can run for up to `budget`
/// reductions and then say what happened.
///
/// The language's VM is one; tests use small Swift bodies. A body adds what it
/// spends to `process.reductions`; a body that yields without counting is
/// charged the whole budget.
///
/// A receive goes: `beginReceive`, then `currentMessage` / `skipMessage` until
/// a clause matches (`acceptMessage`) or the messages run out. Then, with no
/// `after`, `suspendReceive` and return `.waiting(deadline: nil)`; with
/// `after 0`, `endReceiveAfterTimeout` and run the `after` branch; with a
/// deadline, `suspendReceive` and return `.waiting(deadline:)` until
/// `receiveTimedOut` is set, then `endReceiveAfterTimeout`. After any runtime
/// call, a body should check `isExitPending` and return if it is set, and may check
/// `shouldYield` to let a steered schedule preempt it there.
public protocol ProcessBody: AnyObject {
    /// Runs the process for at most `budget` reductions.
    func run(_ process: ProcessControlBlock, budget: Int) -> Step
    /// What the process runs, in a learner's words (`anonymous fn/0 in Pinger.start/0`), for
    /// charts and explanations; nil when the body has nothing to say.
    var label: String? { get }
    /// How many calls deep the process is (its frames), for reports; 0 when the body keeps none.
    var callDepth: Int { get }
}

extension ProcessBody {
    /// No label by default.
    public var label: String? { nil }

    /// A body without frames is no calls deep.
    public var callDepth: Int { 0 }
}

/// What a process body reports when it gives control back to the scheduler.
public enum Step {
    /// The budget is used up; the process wants to run again.
    case yielded
    /// Blocked in a receive until a message arrives or `deadline` passes (nil: forever).
    case waiting(deadline: ClockInstant?)
    /// The process is finished.
    case exited(ExitCause)
}

/// Why a process ended.
public enum ExitCause {
    /// The body returned: the exit reason is `:normal`.
    case normal
    /// The process called `exit(reason)`; nothing is logged.
    case exit(Term)
    /// The process raised: `reason` is `{exception, stacktrace}`, `report` the
    /// formatted exception (`** (RuntimeError) oops`) that the error logger prints.
    case crash(reason: Term, report: String)

    /// The exit reason other processes see.
    public var reason: Term {
        switch self {
        case .normal: return .atom(.normal)
        case .exit(let reason): return reason
        case .crash(let reason, _): return reason
        }
    }
}
