import Terms

/// A process's message queue, oldest first, with the cursor that selective
/// receive walks.
///
/// A receive starts at the saved position, looks at messages one by one,
/// accepts one (which removes it) or gives up. Giving up remembers how far
/// the scan got, so when new messages arrive only those are looked at; the
/// saved position goes back to the front when a message is accepted or the
/// receive times out.
struct Mailbox: ~Copyable {
    private var messages = RingBuffer<Term>()
    /// Where the next receive starts scanning.
    private(set) var savedPosition = 0
    /// The message the current receive is looking at.
    private(set) var cursor = 0

    /// How many messages wait in the queue.
    var count: Int { messages.count }

    /// Whether messages arrived that the last receive has not looked at yet.
    var hasUnscannedMessages: Bool { messages.count > savedPosition }

    /// Adds a message at the back of the queue.
    mutating func append(_ message: Term) {
        messages.append(message)
    }

    /// Starts a receive at the saved position.
    mutating func beginReceive() {
        cursor = savedPosition
    }

    /// The message under the cursor, or nil when the scan reached the end.
    var current: Term? {
        cursor < messages.count ? messages[cursor] : nil
    }

    /// Moves the cursor past a message that matched no clause.
    mutating func skip() {
        cursor &+= 1
    }

    /// Removes and returns the message under the cursor, and forgets the saved position.
    mutating func accept() -> Term {
        let message: Term
        if cursor == 0, let oldest = messages.popFirst() {
            message = oldest
        } else {
            message = messages.remove(at: cursor)
        }
        savedPosition = 0
        cursor = 0
        return message
    }

    /// Ends a scan that found nothing: the next receive starts where this one stopped.
    mutating func suspend() {
        savedPosition = cursor
    }

    /// Ends a receive that timed out: the next receive scans from the front.
    mutating func resetScan() {
        savedPosition = 0
        cursor = 0
    }

    /// Removes every message for which `shouldRemove` is true.
    mutating func removeAll(where shouldRemove: (Term) -> Bool) {
        messages.removeAll(where: shouldRemove)
        resetScan()
    }

    /// Drops every message (when the process exits).
    mutating func clear() {
        messages.removeAll()
        resetScan()
    }

    /// The queued messages, oldest first.
    var contents: [Term] { messages.elements }
}
