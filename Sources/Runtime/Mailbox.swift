import Terms

/// A process's message queue, oldest first, with the cursor that selective
/// receive walks.
///
/// A receive starts at the saved position, looks at messages one by one,
/// accepts one (which removes it) or gives up. Giving up remembers how far
/// the scan got, so when new messages arrive only those are looked at; the
/// saved position goes back to the front when a message is accepted or the
/// receive times out.
///
/// Each message remembers its sender's serial, so a steered schedule can let a message
/// overtake messages from other senders that nobody has looked at yet, never one from its own.
struct Mailbox: ~Copyable {
    /// The sender serial of messages from the host or a timer.
    static let hostSender = UInt32.max

    private var messages = RingBuffer<Letter>()
    /// Where the next receive starts scanning.
    private(set) var savedPosition = 0
    /// The message the current receive is looking at.
    private(set) var cursor = 0

    /// How many messages wait in the queue.
    var count: Int { messages.count }

    /// Whether messages arrived that the last receive has not looked at yet.
    var hasUnscannedMessages: Bool { messages.count > savedPosition }

    /// Adds a message from the process with serial `sender` at the back of the queue.
    @inline(__always)
    mutating func append(_ message: Term, from sender: UInt32 = Mailbox.hostSender) {
        messages.append(Letter(message: message, sender: sender))
    }

    /// How many messages at the back of the queue a new message from `sender` may overtake:
    /// those from other senders that no receive has looked at yet.
    func overtakable(by sender: UInt32) -> Int {
        var index = messages.count - 1
        while index >= savedPosition, index >= cursor, messages[index].sender != sender { index -= 1 }
        return messages.count - 1 - index
    }

    /// Puts a message from `sender` before the last `overtaken` messages of the queue.
    mutating func insert(_ message: Term, from sender: UInt32, overtaking overtaken: Int) {
        var later: [Letter] = []
        for _ in 0..<overtaken { later.append(messages.remove(at: messages.count - 1)) }
        messages.append(Letter(message: message, sender: sender))
        for letter in later.reversed() { messages.append(letter) }
    }

    /// Starts a receive at the saved position.
    mutating func beginReceive() {
        cursor = savedPosition
    }

    /// The message under the cursor, or nil when the scan reached the end.
    var current: Term? {
        cursor < messages.count ? messages[cursor].message : nil
    }

    /// Moves the cursor past a message that matched no clause.
    mutating func skip() {
        cursor &+= 1
    }

    /// Removes and returns the message under the cursor, and forgets the saved position.
    mutating func accept() -> Term {
        let message: Term
        if cursor == 0, let oldest = messages.popFirst() {
            message = oldest.message
        } else {
            message = messages.remove(at: cursor).message
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
        messages.removeAll { shouldRemove($0.message) }
        resetScan()
    }

    /// Drops every message (when the process exits).
    mutating func clear() {
        messages.removeAll()
        resetScan()
    }

    /// The queued messages, oldest first.
    var contents: [Term] { messages.elements.map(\.message) }
}

/// A queued message and the serial of the process that sent it.
struct Letter {
    let message: Term
    let sender: UInt32
}
