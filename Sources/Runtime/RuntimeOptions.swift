/// How a runtime is set up.
public struct RuntimeOptions {
    /// The clock the runtime keeps time with.
    public var clock: ClockKind
    /// How many processes may be alive at once; spawning past it fails with `system_limit`.
    public var maxProcesses: Int
    /// How many reductions a process may spend before it is switched out.
    public var reductionsPerSlice: Int
    /// How much virtual time one reduction takes on the virtual clock.
    public var virtualNanosecondsPerReduction: Int
    /// The serial number of the first process (`#PID<0.96.0>`, as a script's main process in Elixir).
    public var firstSerial: UInt32
    /// Sees every spawn, send, receive, link, monitor and exit; nil costs nothing.
    public var observer: RuntimeObserver?
    /// The group leader of processes spawned without a parent.
    public var output: any OutputSink
    /// Memory the program may use before proctor stops the process to blame (nil: no limit).
    public var memoryLimitBytes: Int?

    /// The default memory limit: 2 GB, or half the machine's memory when that is less.
    public static var defaultMemoryLimit: Int {
        let half = MemoryGauge.physicalBytes / 2
        return half > 0 ? min(2 << 30, half) : 2 << 30
    }

    /// Options with Elixir-like defaults: real clock, 262,144 processes, 2000 reductions a slice.
    public init(
        clock: ClockKind = .real,
        maxProcesses: Int = 262_144,
        reductionsPerSlice: Int = 2000,
        virtualNanosecondsPerReduction: Int = 100,
        firstSerial: UInt32 = 96,
        observer: RuntimeObserver? = nil,
        output: any OutputSink = StandardOutputSink(),
        memoryLimitBytes: Int? = RuntimeOptions.defaultMemoryLimit
    ) {
        self.memoryLimitBytes = memoryLimitBytes
        self.clock = clock
        self.maxProcesses = maxProcesses
        self.reductionsPerSlice = reductionsPerSlice
        self.virtualNanosecondsPerReduction = virtualNanosecondsPerReduction
        self.firstSerial = firstSerial
        self.observer = observer
        self.output = output
    }
}
