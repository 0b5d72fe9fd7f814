import Terms

/// Receives every event of a runtime, as it happens.
public typealias RuntimeObserver = (RuntimeEvent) -> Void

/// Something that happened in a runtime, and when.
public struct RuntimeEvent {
    /// The instant on the runtime's clock.
    public let time: ClockInstant
    /// What happened.
    public let kind: RuntimeEventKind
}

/// The kinds of event an observer sees.
public enum RuntimeEventKind {
    /// `parent` (nil for the host) spawned `child`, whose body describes itself as `label`
    /// (`anonymous fn/0 in Pinger.start/0`), when it can.
    case spawn(parent: Pid?, child: Pid, label: String?)
    /// `from` (nil for the runtime itself, e.g. a timer) sent `message` to a live `to`.
    case send(from: Pid?, to: Pid, message: Term)
    /// `pid` took `message` out of its mailbox.
    case receive(pid: Pid, message: Term)
    /// A link between two processes was made.
    case link(Pid, Pid)
    /// A link between two processes was removed.
    case unlink(Pid, Pid)
    /// `watcher` started monitoring `target`.
    case monitor(watcher: Pid, target: Pid, ref: Ref)
    /// `pid` exited with `reason`.
    case exit(pid: Pid, reason: Term)
    /// `watcher` got the `:DOWN` message for `target`.
    case down(watcher: Pid, target: Pid, ref: Ref, reason: Term)
    /// `pid` registered itself or was registered under `name`.
    case register(pid: Pid, name: Atom)
    /// The `after` of the receive `pid` waited in fired.
    case receiveTimeout(pid: Pid)
    /// `pid` wrote `text` (`IO.puts`) to its group leader.
    case output(pid: Pid, text: String)
}
