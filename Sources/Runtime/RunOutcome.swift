import Terms

/// Why `Runtime.run` returned.
public enum RunOutcome {
    /// The process the caller waited for exited.
    case exited(ExitRecord)
    /// No process is left alive and no timer is pending.
    case finished
    /// Nothing can ever run again: these processes (ascending) wait for messages that
    /// no process or timer will send. With a target, the target waits forever; without
    /// one, this is also how a run ends while servers (an Agent, a registered loop) idle.
    case deadlock(waiting: [Pid])
    /// The caller's wall-time or reduction budget ran out; processes remain.
    case budgetExhausted
    /// The runtime's clock reached the deadline the caller gave before the target exited.
    case deadlineReached
}

/// How long a call to `Runtime.run` may go on.
public struct RunLimits: Sendable {
    /// Real time the run may take, in nanoseconds (nil: no limit).
    public var wallTimeNanoseconds: Int64?
    /// Reductions all processes together may spend (nil: no limit).
    public var reductions: Int?

    /// Limits on wall time and reductions; none by default.
    public init(wallTimeNanoseconds: Int64? = nil, reductions: Int? = nil) {
        self.wallTimeNanoseconds = wallTimeNanoseconds
        self.reductions = reductions
    }

    /// No limit at all.
    public static let unlimited = RunLimits()
}
