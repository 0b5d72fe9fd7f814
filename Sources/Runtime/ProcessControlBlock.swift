import Terms

/// Where a process is in its life.
enum ProcessState {
    /// In the run queue.
    case runnable
    /// Its body is running right now.
    case running
    /// Blocked in a receive; costs nothing until a message or its deadline arrives.
    case waiting
    /// Gone; its slot is free.
    case exited
}

/// An exit signal that reached the running process; it dies when its body returns control.
struct PendingExit {
    let reason: Term
    let from: Pid?
}

/// One end of a monitor: the ref and the process at the other end.
struct MonitorLink {
    let ref: Ref
    let other: Pid
}

/// Everything the runtime knows about one process: its mailbox, links,
/// monitors, flags, dictionary and group leader.
///
/// The body gets it on every run and calls the runtime through it
/// (`send`, `spawn`, `link`, receive, ...), always on behalf of this process.
public final class ProcessControlBlock {
    /// The process's pid.
    public let pid: Pid
    /// The runtime the process lives in (which owns it).
    public unowned(unsafe) let runtime: Runtime
    /// The code the process runs.
    public let body: any ProcessBody
    /// Whether the runtime has an observer (copied here so a receive checks it for free).
    let isObserved: Bool
    let logsCrashes: Bool
    @exclusivity(unchecked) var keepsExitRecord: Bool
    @exclusivity(unchecked) var state = ProcessState.runnable
    @exclusivity(unchecked) var mailbox = Mailbox()
    @exclusivity(unchecked) var links: ContiguousArray<Pid> = []
    /// Monitors other processes hold on this one.
    @exclusivity(unchecked) var watchers: ContiguousArray<MonitorLink> = []
    /// Monitors this process holds on others.
    @exclusivity(unchecked) var watched: ContiguousArray<MonitorLink> = []
    @exclusivity(unchecked) var registeredName: Atom?
    @exclusivity(unchecked) var dictionary = ProcessDictionary()
    @exclusivity(unchecked) var pendingExit: PendingExit?
    /// A steered schedule preempts the process after the operation it is doing.
    @exclusivity(unchecked) var yieldRequested = false
    /// Counts receives, so a timer armed for an old receive can tell it is stale.
    @exclusivity(unchecked) var receiveNumber: UInt32 = 0
    /// How many processes this one has spawned (to find a spawn bomb when memory runs out).
    @exclusivity(unchecked) var spawnCount = 0
    /// The process that spawned this one, if a process did.
    @exclusivity(unchecked) var spawnedBy: Pid?
    @exclusivity(unchecked) var armedDeadline: ClockInstant?
    // Storage behind the public accessors below.
    @exclusivity(unchecked) var trapping = false
    @exclusivity(unchecked) var outputSink: any OutputSink
    @exclusivity(unchecked) var spentReductions = 0
    @exclusivity(unchecked) var timedOut = false

    init(pid: Pid, runtime: Runtime, body: any ProcessBody, groupLeader: any OutputSink, options: SpawnOptions) {
        self.pid = pid
        self.runtime = runtime
        self.body = body
        self.outputSink = groupLeader
        self.keepsExitRecord = options.keepsExitRecord
        self.logsCrashes = options.logsCrashes
        self.isObserved = runtime.observer != nil
    }

    /// Whether exit signals arrive as `{:EXIT, from, reason}` messages (`Process.flag(:trap_exit, true)`).
    public var trapsExits: Bool {
        get { trapping }
        set { trapping = newValue }
    }

    /// Where the process's output goes (its group leader); spawned processes inherit it.
    public var groupLeader: any OutputSink {
        get { outputSink }
        set { outputSink = newValue }
    }

    /// Reductions spent so far; the body adds what it spends.
    ///
    /// The public properties are stored apart and reached through accessors so
    /// that code in other modules (the VM) pays no dynamic exclusivity check.
    public var reductions: Int {
        get { spentReductions }
        set { spentReductions = newValue }
    }

    /// Set when the process was woken because its receive deadline passed.
    public internal(set) var receiveTimedOut: Bool {
        get { timedOut }
        set { timedOut = newValue }
    }

    /// Whether the process has not exited.
    public var isAlive: Bool { state != .exited }

    /// Whether an exit signal has doomed this running process: the body should
    /// stop and return; the process dies with that signal's reason whatever it returns.
    public var isExitPending: Bool { pendingExit != nil }

    /// Whether the body should return `.yielded` after the runtime call it made: an exit
    /// signal doomed the process, or a steered schedule preempts it here.
    public var shouldYield: Bool { pendingExit != nil || yieldRequested }

    /// How many messages wait in the mailbox.
    public var messageQueueLength: Int { mailbox.count }

    /// The registered name, if the process has one.
    public var name: Atom? { registeredName }

    /// The code the process runs (the VM's machine for guest code), for a host that explains it.
    public var runningBody: any ProcessBody { body }

    /// The process that spawned this one, if a process did.
    public var parent: Pid? { spawnedBy }

    /// Whether the process waits in a receive (it costs nothing until a message or its deadline comes).
    public var isWaiting: Bool { state == .waiting }
}
