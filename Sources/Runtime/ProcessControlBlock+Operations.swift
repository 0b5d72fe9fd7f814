import Terms

/// What a process body asks of the runtime, always on behalf of this process.
extension ProcessControlBlock {
    /// Sends `message` to `pid`; a dead pid drops it.
    @inline(__always)
    public func send(_ message: Term, to pid: Pid) {
        // The runtime owns this process, so it outlives the call: no retain needed.
        Unmanaged.passUnretained(runtime)._withUnsafeGuaranteedRef { $0.send(message, to: pid, from: self.pid) }
    }

    /// Sends `message` to the process registered as `name`; false when nobody has that name.
    public func send(_ message: Term, toName name: Atom) -> Bool {
        runtime.send(message, toName: name, from: pid)
    }

    /// Spawns a child that inherits this process's group leader (`spawn`, `spawn_link`, `spawn_monitor`).
    public func spawn(_ body: any ProcessBody, options: SpawnOptions = SpawnOptions()) throws(SystemLimitError) -> SpawnedProcess {
        try runtime.spawn(body, options: options, parent: self)
    }

    /// Links to `pid`; false when `pid` is dead and this process does not trap exits.
    public func link(_ pid: Pid) -> Bool {
        runtime.link(self, to: pid)
    }

    /// Removes the link to `pid`, if any.
    public func unlink(_ pid: Pid) {
        runtime.unlink(self, from: pid)
    }

    /// Monitors `pid` and returns the monitor's ref.
    public func monitor(_ pid: Pid) -> Ref {
        runtime.monitor(self, pid)
    }

    /// Removes the monitor `ref` (and with `flush`, its `:DOWN` message); whether it was active.
    @discardableResult
    public func demonitor(_ ref: Ref, flush: Bool = false) -> Bool {
        runtime.demonitor(self, ref, flush: flush)
    }

    /// Sends the exit signal `reason` to `pid` (`Process.exit/2`).
    public func sendExitSignal(to pid: Pid, reason: Term) {
        runtime.sendExitSignal(to: pid, reason: reason, from: self.pid)
    }

    /// Sets the trap-exit flag and returns its old value (`Process.flag(:trap_exit, value)`).
    @discardableResult
    public func setTrapExits(_ value: Bool) -> Bool {
        defer { trapsExits = value }
        return trapsExits
    }

    /// The value stored under `key` in the process dictionary (`Process.get/1`).
    public func dictionaryValue(for key: Term) -> Term? {
        dictionary.value(for: key)
    }

    /// Stores `value` under `key` and returns the old value (`Process.put/2`).
    @discardableResult
    public func dictionaryPut(_ value: Term, for key: Term) -> Term? {
        dictionary.put(value, for: key)
    }

    /// Removes `key` and returns its value (`Process.delete/1`).
    @discardableResult
    public func dictionaryDelete(_ key: Term) -> Term? {
        dictionary.delete(key)
    }

    /// Every process dictionary entry, in insertion order (`Process.get/0`).
    public var dictionaryEntries: [(key: Term, value: Term)] { dictionary.allEntries }

    /// Sends `message` to `destination` after `milliseconds`; returns the timer's ref.
    public func sendAfter(milliseconds: Int, message: Term, to destination: TimerDestination, tagged: Bool = false) -> Ref {
        runtime.sendAfter(milliseconds: milliseconds, message: message, to: destination, tagged: tagged)
    }

    /// Hands a report at `level` (a Task's failure is an error) to the logger, for this process's group leader.
    public func logError(_ text: String, level: Atom = Atom("error")) {
        runtime.logError(text, level: level, groupLeader: groupLeader)
    }

    /// Writes `text` to this process's group leader.
    public func write(_ text: String, to stream: OutputStreamKind = .standardOutput) {
        groupLeader.write(text, to: stream)
        if isObserved { runtime.notify(.output(pid: pid, text: text)) }
    }
}
