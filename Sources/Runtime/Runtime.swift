import Terms

/// One BEAM-style process runtime: processes, their mailboxes, links,
/// monitors, timers and names, and the scheduler that runs them.
///
/// A runtime is an ordinary value; many may exist side by side. It is
/// single-threaded: everything happens on the thread that calls `run`.
public final class Runtime {
    /// How the runtime was set up.
    public let options: RuntimeOptions
    let observer: RuntimeObserver?
    let clock: RuntimeClock
    @exclusivity(unchecked) var table: ProcessTable
    @exclusivity(unchecked) var runQueue = RingBuffer<ProcessControlBlock>()
    @exclusivity(unchecked) var timers = TimerQueue()
    /// Armed `send_after` timers and their deadlines; a cancelled one is removed here.
    var activeTimers: [Ref: ClockInstant] = [:]
    var names: [Atom: Pid] = [:]
    /// The ETS tables alive, by reference, and the named ones by name.
    var tables: [Ref: TermTable] = [:]
    var tableNames: [Atom: Ref] = [:]
    /// `:persistent_term`'s store: terms every process reads, in the order first put.
    var persistentTerms = PersistentTerms()
    var exitRecords: [Pid: ExitRecord] = [:]
    var pendingTerminations = RingBuffer<Termination>()
    var isTerminating = false
    var nextRefNumber: UInt64 = 1
    /// When to compare the memory in use with the limit (nil: no limit).
    @exclusivity(unchecked) var memoryWatch: MemoryWatch?
    /// The processes stopped for going over the memory limit, in order.
    public internal(set) var memoryStops: [MemoryStop] = []
    let loggerBody = LoggerBody()
    /// The error logger's process; it has no slot in the table, so nothing can send to it or kill it.
    lazy var loggerProcess: ProcessControlBlock = {
        let logger = ProcessControlBlock(
            pid: Pid(serial: 0), runtime: self, body: loggerBody, groupLeader: options.output, options: SpawnOptions()
        )
        logger.state = .waiting
        return logger
    }()
    /// Makes the scheduler's choices when a schedule other than the plain default is set.
    var steering: ScheduleSteering?
    /// The process whose body runs right now.
    @exclusivity(unchecked) public internal(set) unowned(unsafe) var current: ProcessControlBlock?

    /// Makes an empty runtime.
    public init(options: RuntimeOptions = RuntimeOptions()) {
        self.options = options
        self.observer = options.observer
        self.clock = RuntimeClock(kind: options.clock, virtualNanosecondsPerReduction: options.virtualNanosecondsPerReduction)
        self.table = ProcessTable(firstSerial: options.firstSerial)
        self.memoryWatch = options.memoryLimitBytes.map { MemoryWatch(limit: $0) }
    }

    /// The current instant on the runtime's clock (`System.monotonic_time`).
    public var now: ClockInstant { clock.now }

    /// The wall-clock time in nanoseconds since the Unix epoch (`System.os_time`), on the
    /// runtime's clock: fixed and repeatable on the virtual one.
    public var systemNanoseconds: Int64 { clock.systemNanoseconds }

    /// How many processes are alive.
    public var processCount: Int { table.count }

    /// Every live pid, in ascending order (`Process.list/0`).
    public var livePids: [Pid] {
        table.processes.map(\.pid).sorted()
    }

    /// The live process with this pid, or nil.
    public func process(_ pid: Pid) -> ProcessControlBlock? {
        table.lookup(pid)
    }

    /// Whether `pid` is a live process (`Process.alive?`).
    public func isAlive(_ pid: Pid) -> Bool {
        table.lookup(pid) != nil
    }

    /// A new unique reference (`make_ref/0`).
    public func makeRef() -> Ref {
        defer { nextRefNumber &+= 1 }
        return Ref(number: nextRefNumber)
    }

    /// How the process `pid` ended, if it has exited and was spawned by the host, with
    /// `keepsExitRecord`, or was the target of `run(until:)`.
    public func exitRecord(of pid: Pid) -> ExitRecord? {
        exitRecords[pid]
    }

    func notify(_ kind: @autoclosure () -> RuntimeEventKind) {
        guard let observer else { return }
        observer(RuntimeEvent(time: clock.now, kind: kind()))
    }
}
