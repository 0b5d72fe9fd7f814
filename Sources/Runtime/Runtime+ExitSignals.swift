import Terms

extension Runtime {
    /// Sends the exit signal `reason` from `sender` to `pid` (`Process.exit/2`).
    ///
    /// `:kill` cannot be trapped and kills with `:killed`; a trapping target
    /// gets `{:EXIT, sender, reason}`; `:normal` is ignored unless the target
    /// is the sender itself; any other reason kills the target with it.
    public func sendExitSignal(to pid: Pid, reason: Term, from sender: Pid) {
        guard let target = table.lookup(pid) else { return }
        if termIsAtom(reason, .kill) {
            kill(target, reason: .atom(.killed), from: sender)
        } else if target.trapsExits {
            deliver(Runtime.exitMessage(from: sender, reason: reason), to: target, from: sender)
        } else if !termIsAtom(reason, .normal) || target.pid == sender {
            kill(target, reason: reason, from: sender)
        }
    }

    /// Kills `pid` with `:kill` from the host (no sender process), e.g. on Ctrl-C.
    public func kill(_ pid: Pid) {
        guard let target = table.lookup(pid) else { return }
        kill(target, reason: .atom(.killed), from: nil)
    }

    /// The exit signal a dying process sends along a link.
    func sendLinkSignal(to target: ProcessControlBlock, from sender: Pid, reason: Term) {
        if target.trapsExits {
            deliver(Runtime.exitMessage(from: sender, reason: reason), to: target, from: sender)
        } else if !termIsAtom(reason, .normal) {
            kill(target, reason: reason, from: sender)
        }
    }

    /// Ends `target` because of a signal: at once, or, if it is running right
    /// now, as soon as its body returns control.
    func kill(_ target: ProcessControlBlock, reason: Term, from sender: Pid?) {
        if target.state == .running {
            if target.pendingExit == nil { target.pendingExit = PendingExit(reason: reason, from: sender) }
        } else {
            terminate(target, reason: reason, killedBy: sender, report: nil)
        }
    }
}

/// Whether `term` is the atom `atom`.
func termIsAtom(_ term: Term, _ atom: Atom) -> Bool {
    if case .atom(let found) = term { return found == atom }
    return false
}
