import Terms

/// What a timer does when it fires.
enum TimerAction {
    /// Wake the process with this serial from a receive, if it still waits for the same receive.
    case wake(serial: UInt32, receiveNumber: UInt32)
    /// Deliver a `send_after` message, if the timer with this ref was not cancelled.
    case deliver(ref: Ref, destination: TimerDestination, message: Term)
}

/// Where a `send_after` message goes.
public enum TimerDestination: Sendable {
    /// A process.
    case pid(Pid)
    /// A registered name, looked up when the timer fires.
    case name(Atom)
}

/// One armed timer.
struct TimerEntry {
    let deadline: ClockInstant
    /// Breaks ties between equal deadlines: earlier-armed timers fire first.
    let sequence: UInt64
    let action: TimerAction

    func firesBefore(_ other: TimerEntry) -> Bool {
        deadline != other.deadline ? deadline < other.deadline : sequence < other.sequence
    }
}

/// A binary min-heap of timers ordered by deadline, then arming order.
struct TimerQueue {
    private var heap: ContiguousArray<TimerEntry> = []
    private var nextSequence: UInt64 = 0

    /// Whether no timer is armed.
    var isEmpty: Bool { heap.isEmpty }

    /// The earliest deadline, if any.
    var nextDeadline: ClockInstant? { heap.first?.deadline }

    /// The earliest timer, if any.
    var first: TimerEntry? { heap.first }

    /// Arms a timer.
    mutating func insert(deadline: ClockInstant, action: TimerAction) {
        heap.append(TimerEntry(deadline: deadline, sequence: nextSequence, action: action))
        nextSequence &+= 1
        siftUp(from: heap.count - 1)
    }

    /// Removes and returns the earliest timer if its deadline is at or before `now`.
    mutating func popDue(at now: ClockInstant) -> TimerEntry? {
        guard let first = heap.first, first.deadline <= now else { return nil }
        removeFirst()
        return first
    }

    /// Removes the earliest timer.
    mutating func removeFirst() {
        guard !heap.isEmpty else { return }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            siftDown(from: 0)
        }
    }

    private mutating func siftUp(from start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].firesBefore(heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            var earliest = left
            if left + 1 < heap.count, heap[left + 1].firesBefore(heap[left]) { earliest = left + 1 }
            guard heap[earliest].firesBefore(heap[parent]) else { return }
            heap.swapAt(earliest, parent)
            parent = earliest
        }
    }
}
