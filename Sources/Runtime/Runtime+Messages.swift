import Terms

extension Runtime {
    /// Sends `message` to `pid` (from `sender`, nil for the host); a dead pid drops it.
    @inline(__always)
    public func send(_ message: Term, to pid: Pid, from sender: Pid? = nil) {
        guard let receiver = table.lookup(pid) else { return }
        deliver(message, to: receiver, from: sender)
    }

    /// Sends `message` to the process registered as `name`; false when no process has that name.
    public func send(_ message: Term, toName name: Atom, from sender: Pid? = nil) -> Bool {
        guard let pid = names[name], let receiver = table.lookup(pid) else { return false }
        deliver(message, to: receiver, from: sender)
        return true
    }

    /// Puts `message` in the mailbox and wakes the receiver if it waits. A steered schedule
    /// may let it overtake messages from other senders that nobody has looked at yet.
    @inline(__always)
    func deliver(_ message: Term, to receiver: ProcessControlBlock, from sender: Pid?) {
        let serial = sender?.serial ?? Mailbox.hostSender
        if let steering {
            let overtakable = receiver.mailbox.overtakable(by: serial)
            let overtaken = overtakable > 0 ? steering.overtaken(of: overtakable) : 0
            receiver.mailbox.insert(message, from: serial, overtaking: overtaken)
            offerPreemption()
        } else {
            receiver.mailbox.append(message, from: serial)
        }
        if receiver.state == .waiting {
            receiver.state = .runnable
            runQueue.append(receiver)
        }
        if observer != nil { notify(.send(from: sender, to: receiver.pid, message: message)) }
    }
}
