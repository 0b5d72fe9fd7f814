import Terms

/// How to spawn a process.
public struct SpawnOptions: Sendable {
    /// Link the new process to its parent (`spawn_link`).
    public var link: Bool
    /// Monitor the new process from its parent (`spawn_monitor`).
    public var monitor: Bool
    /// Keep the process's `ExitRecord` after it exits, for `Runtime.exitRecord(of:)`
    /// (processes the host spawns, and `run(until:)`'s target, keep theirs anyway).
    public var keepsExitRecord: Bool
    /// Let the error logger print `[error] Process #PID<..> raised an exception` when the
    /// process raises. A script's main process turns it off: the host prints its error itself.
    public var logsCrashes: Bool

    /// Spawn options for a plain `spawn` by default: no link, no monitor, crashes logged.
    public init(link: Bool = false, monitor: Bool = false, keepsExitRecord: Bool = false, logsCrashes: Bool = true) {
        self.link = link
        self.monitor = monitor
        self.keepsExitRecord = keepsExitRecord
        self.logsCrashes = logsCrashes
    }
}

extension SpawnOptions {
    /// The same options with `keepsExitRecord` on.
    var keepingExitRecord: SpawnOptions {
        var options = self
        options.keepsExitRecord = true
        return options
    }
}

/// What spawning returns: the new pid, and the monitor's ref when one was asked for.
public struct SpawnedProcess: Sendable {
    /// The new process.
    public let pid: Pid
    /// The monitor reference (`spawn_monitor`), nil otherwise.
    public let monitorRef: Ref?
}

/// Spawning failed because the process limit is reached (Elixir's `SystemLimitError`).
public struct SystemLimitError: Error, Sendable {
    /// The limit that was reached.
    public let maxProcesses: Int
}
