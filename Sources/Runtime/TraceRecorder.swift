import Terms

/// One thing that happened in a runtime, kept as text so it outlives the runtime (a chart,
/// a grade report, JSON for other tools).
public struct TraceEvent: Sendable, Equatable {
    /// The kinds of event a trace keeps.
    public enum Kind: String, Sendable, Codable {
        /// `from` (nil: the host) spawned `to`; `text` is what `to` runs.
        case spawn
        /// `from` (nil: a timer) sent `text` to `to`.
        case send
        /// `to` took `text` out of its mailbox.
        case receive
        /// `from` and `to` were linked.
        case link
        /// `from` and `to` were unlinked.
        case unlink
        /// `from` started monitoring `to`.
        case monitor
        /// `from` exited with reason `text`.
        case exit
        /// `from` was registered under the name `text`.
        case register
        /// The `after` of `from`'s receive fired.
        case timeout
        /// `from` printed `text`.
        case output
    }

    /// Nanoseconds on the runtime's clock.
    public let time: Int64
    /// What happened.
    public let kind: Kind
    /// The process that acted (spawner, sender, exiting process...), nil for the host or a timer.
    public let from: Pid?
    /// The process at the other end, when there is one (receiver, child, linked process).
    public let to: Pid?
    /// The message, reason, name, label or printed text, inspected and cut short.
    public let text: String

    /// An event of `kind` at `time`.
    public init(time: Int64, kind: Kind, from: Pid?, to: Pid?, text: String = "") {
        self.time = time
        self.kind = kind
        self.from = from
        self.to = to
        self.text = text
    }
}

/// What a recorder kept of a run (or of one part of it, such as a test).
public struct TraceSnapshot: Sendable {
    /// The events kept, in order.
    public let events: [TraceEvent]
    /// How many events were left out, between the first ones and the last ones.
    public let omitted: Int
    /// Where in `events` the omitted ones stood (nil when none were).
    public let gapIndex: Int?

    /// A snapshot of `events`, `omitted` of them left out at `gapIndex`.
    public init(events: [TraceEvent], omitted: Int = 0, gapIndex: Int? = nil) {
        self.events = events
        self.omitted = omitted
        self.gapIndex = gapIndex
    }

    /// The processes that took part (sent, received, spawned, exited).
    public var processCount: Int {
        Set(events.flatMap { [$0.from, $0.to].compactMap { $0 } }).count
    }

    /// Only the events that involve a process spawned in the trace (the leftovers of an
    /// earlier part of the run, such as a previous test's processes ending, are dropped).
    public var ownProcessesOnly: TraceSnapshot {
        let own = Set(events.filter { $0.kind == .spawn }.compactMap(\.to))
        let kept = events.enumerated().filter { _, event in
            [event.from, event.to].contains { $0.map(own.contains) ?? false }
        }
        let gap = gapIndex.map { index in kept.filter { $0.offset < index }.count }
        return TraceSnapshot(events: kept.map(\.element), omitted: omitted, gapIndex: gap)
    }
}

/// Records a runtime's events as `TraceEvent`s, within a bound: the first `headLimit` events
/// and the last `tailLimit`, with a count of those between. Give `observer` to the runtime's
/// options; a runtime without an observer pays nothing.
public final class TraceRecorder: @unchecked Sendable {
    /// Events kept from the start.
    public let headLimit: Int
    /// Events kept from the end.
    public let tailLimit: Int
    private var head: [RuntimeEvent] = []
    private var tail: [RuntimeEvent] = []
    private var tailStart = 0
    /// Events recorded but not kept (between the head and the tail).
    public private(set) var omitted = 0
    private static let inspectOptions = InspectOptions(limit: 6, printableLimit: 40, width: nil)

    /// A recorder keeping 2,000 events from the start and 2,000 from the end by default.
    public init(headLimit: Int = 2_000, tailLimit: Int = 2_000) {
        self.headLimit = headLimit
        self.tailLimit = tailLimit
    }

    /// The observer to install in the runtime's options.
    public var observer: RuntimeObserver {
        { [self] event in record(event) }
    }

    /// The events kept, in the order they happened (messages are inspected only now, for the
    /// events kept, so recording a long run costs little).
    public var events: [TraceEvent] { (head + tail[tailStart...]).compactMap(TraceRecorder.traceEvent) }

    /// Where in `events` the omitted ones would stand (nil when none were omitted).
    public var gapIndex: Int? { omitted > 0 ? head.count : nil }

    /// What was kept so far.
    public var snapshot: TraceSnapshot {
        TraceSnapshot(events: events, omitted: omitted, gapIndex: gapIndex)
    }


    /// Forgets every event so far (a grader starts each test's trace afresh).
    public func reset() {
        head = []
        tail = []
        tailStart = 0
        omitted = 0
    }

    /// Records `event`.
    public func record(_ event: RuntimeEvent) {
        if case .down = event.kind { return }
        if head.count < headLimit { return head.append(event) }
        tail.append(event)
        if tail.count - tailStart > tailLimit {
            tailStart += 1
            omitted += 1
        }
        if tailStart > 4_096, tailStart * 2 > tail.count {
            tail.removeFirst(tailStart)
            tailStart = 0
        }
    }

    private static func traceEvent(_ event: RuntimeEvent) -> TraceEvent? {
        let time = event.time.nanoseconds
        switch event.kind {
        case .spawn(let parent, let child, let label):
            return TraceEvent(time: time, kind: .spawn, from: parent, to: child, text: label ?? "")
        case .send(let from, let to, let message):
            return TraceEvent(time: time, kind: .send, from: from, to: to, text: message.inspect(inspectOptions))
        case .receive(let pid, let message):
            return TraceEvent(time: time, kind: .receive, from: nil, to: pid, text: message.inspect(inspectOptions))
        case .link(let first, let second):
            return TraceEvent(time: time, kind: .link, from: first, to: second)
        case .unlink(let first, let second):
            return TraceEvent(time: time, kind: .unlink, from: first, to: second)
        case .monitor(let watcher, let target, _):
            return TraceEvent(time: time, kind: .monitor, from: watcher, to: target)
        case .exit(let pid, let reason):
            return TraceEvent(time: time, kind: .exit, from: pid, to: nil, text: reason.inspect(inspectOptions))
        case .down:
            return nil
        case .register(let pid, let name):
            return TraceEvent(time: time, kind: .register, from: pid, to: nil, text: Term.atom(name).inspect())
        case .receiveTimeout(let pid):
            return TraceEvent(time: time, kind: .timeout, from: pid, to: nil)
        case .output(let pid, let text):
            return TraceEvent(time: time, kind: .output, from: pid, to: nil, text: text)
        }
    }
}
