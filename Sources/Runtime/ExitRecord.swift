import Terms

/// How a process ended, kept for processes spawned with `keepsExitRecord`
/// (a script's main process, the REPL shell) so the host can report it.
public struct ExitRecord {
    /// The process that exited.
    public let pid: Pid
    /// Its exit reason.
    public let reason: Term
    /// The process whose exit signal killed it (`** (EXIT from #PID<..>)`), nil if it ended itself.
    public let killedBy: Pid?
    /// The formatted exception when the process itself raised.
    public let crashReport: String?
}
