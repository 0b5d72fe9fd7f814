import Terms

extension Runtime {
    /// Arms a timer that sends `message` to `destination` after `milliseconds`
    /// (`Process.send_after/3`); returns its ref. A `tagged` timer sends `{:timeout, ref, message}`
    /// instead (`:erlang.start_timer/3`).
    public func sendAfter(milliseconds: Int, message: Term, to destination: TimerDestination, tagged: Bool = false) -> Ref {
        let ref = makeRef()
        let deadline = clock.now.adding(milliseconds: max(0, milliseconds))
        activeTimers[ref] = deadline
        let payload = tagged ? Term.tuple(.atom("timeout"), .ref(ref), message) : message
        timers.insert(deadline: deadline, action: .deliver(ref: ref, destination: destination, message: payload))
        return ref
    }

    /// Cancels the timer `ref` (`Process.cancel_timer/1`): the milliseconds it
    /// had left, or nil (Elixir's `false`) when it fired already or never existed.
    public func cancelTimer(_ ref: Ref) -> Int? {
        guard let deadline = activeTimers.removeValue(forKey: ref) else { return nil }
        return max(0, deadline.milliseconds(since: clock.now))
    }

    /// The milliseconds left on timer `ref` (`Process.read_timer/1`), or nil.
    public func readTimer(_ ref: Ref) -> Int? {
        guard let deadline = activeTimers[ref] else { return nil }
        return max(0, deadline.milliseconds(since: clock.now))
    }

    /// Fires every timer whose deadline has come, earliest first.
    func fireDueTimers() {
        guard !timers.isEmpty else { return }
        let now = clock.now
        while let entry = timers.popDue(at: now) {
            fire(entry)
        }
    }

    /// The earliest deadline of a timer that still matters, dropping the ones
    /// that no longer do (a receive that ended, a cancelled timer, a message for
    /// a dead pid), so an idle scheduler never waits for a timer that would do nothing.
    func nextLiveDeadline() -> ClockInstant? {
        while let entry = timers.first {
            if isLive(entry) { return entry.deadline }
            timers.removeFirst()
        }
        return nil
    }

    private func isLive(_ entry: TimerEntry) -> Bool {
        switch entry.action {
        case .wake(let serial, let receiveNumber):
            guard let process = table.lookup(Pid(serial: serial)) else { return false }
            return isArmed(process, for: receiveNumber, at: entry.deadline)
        case .deliver(let ref, .pid(let pid), _):
            return activeTimers[ref] != nil && table.lookup(pid) != nil
        case .deliver(let ref, .name, _):
            return activeTimers[ref] != nil
        }
    }

    /// Whether `process` still waits in the receive a wake-up timer was armed for, with that deadline.
    private func isArmed(_ process: ProcessControlBlock, for receiveNumber: UInt32, at deadline: ClockInstant) -> Bool {
        process.receiveNumber == receiveNumber && process.armedDeadline == deadline
    }

    private func fire(_ entry: TimerEntry) {
        switch entry.action {
        case .wake(let serial, let receiveNumber):
            guard let process = table.lookup(Pid(serial: serial)),
                  isArmed(process, for: receiveNumber, at: entry.deadline) else { return }
            process.armedDeadline = nil
            guard process.state == .waiting else { return }
            process.receiveTimedOut = true
            makeRunnable(process)
        case .deliver(let ref, let destination, let message):
            guard activeTimers.removeValue(forKey: ref) != nil else { return }
            switch destination {
            case .pid(let pid): send(message, to: pid)
            case .name(let name): _ = send(message, toName: name)
            }
        }
    }
}
