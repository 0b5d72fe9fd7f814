import Terms

/// Selective receive, as the VM drives it: begin, look at messages one at a
/// time, accept one or give up and wait.
extension ProcessControlBlock {
    /// Starts a receive where the last unfinished one stopped scanning.
    @inline(__always)
    public func beginReceive() {
        mailbox.beginReceive()
    }

    /// The message under the cursor, or nil when every message has been looked at.
    @inline(__always)
    public var currentMessage: Term? { mailbox.current }

    /// Moves past the current message: it matched no clause and stays in the mailbox.
    @inline(__always)
    public func skipMessage() {
        mailbox.skip()
    }

    /// Takes the current message out of the mailbox; the receive is over.
    @inline(__always)
    public func acceptMessage() -> Term {
        let message = mailbox.accept()
        finishReceive()
        if isObserved { runtime.notify(.receive(pid: pid, message: message)) }
        return message
    }

    /// Gives up for now: no message matched. The body then returns `.waiting`,
    /// and the next receive looks only at messages that arrive meanwhile.
    @inline(__always)
    public func suspendReceive() {
        mailbox.suspend()
    }

    /// Ends a receive whose `after` fired (or an `after 0` that found nothing):
    /// the next receive scans the whole mailbox again.
    public func endReceiveAfterTimeout() {
        if isObserved && receiveTimedOut { runtime.notify(.receiveTimeout(pid: pid)) }
        mailbox.resetScan()
        finishReceive()
    }

    /// A whole receive for Swift bodies: takes the oldest message `matches`
    /// accepts, or suspends the receive and returns nil (the body then waits).
    public func receive(where matches: (Term) -> Bool) -> Term? {
        beginReceive()
        while let message = currentMessage {
            if matches(message) { return acceptMessage() }
            skipMessage()
        }
        suspendReceive()
        return nil
    }

    /// The messages in the mailbox, oldest first (`Process.info(pid, :messages)`).
    public var queuedMessages: [Term] { mailbox.contents }

    private func finishReceive() {
        receiveNumber &+= 1
        armedDeadline = nil
        receiveTimedOut = false
    }
}
