import Foundation

/// Which clock a runtime keeps time with.
public enum ClockKind: Sendable {
    /// The machine's monotonic clock; the scheduler sleeps until the next deadline when idle.
    case real
    /// Time that advances only with work done and jumps to the next deadline when
    /// every process waits: a `Process.sleep(5000)` costs nothing and runs are repeatable.
    case virtual
}

/// The time source of one runtime.
final class RuntimeClock {
    let kind: ClockKind
    private let virtualNanosecondsPerReduction: Int64
    private var virtualNow = ClockInstant(nanoseconds: 0)
    private let origin: UInt64

    init(kind: ClockKind, virtualNanosecondsPerReduction: Int) {
        self.kind = kind
        self.virtualNanosecondsPerReduction = Int64(virtualNanosecondsPerReduction)
        self.origin = DispatchTime.now().uptimeNanoseconds
    }

    /// The current instant.
    var now: ClockInstant {
        switch kind {
        case .virtual: return virtualNow
        case .real: return ClockInstant(nanoseconds: Int64(DispatchTime.now().uptimeNanoseconds &- origin))
        }
    }

    /// What the virtual clock's wall time reads at its start: 2026-01-01 00:00:00 UTC, so
    /// `System.os_time` and `DateTime.utc_now` under grading are the same on every run.
    static let virtualEpochNanoseconds: Int64 = 1_767_225_600 * 1_000_000_000

    /// The wall-clock time in nanoseconds since the Unix epoch (`System.os_time`): the machine's
    /// on the real clock, the virtual epoch plus the time passed on the virtual one.
    var systemNanoseconds: Int64 {
        switch kind {
        case .virtual: return Self.virtualEpochNanoseconds &+ virtualNow.nanoseconds
        case .real:
            var spec = timespec()
            clock_gettime(CLOCK_REALTIME, &spec)
            return Int64(spec.tv_sec) &* 1_000_000_000 &+ Int64(spec.tv_nsec)
        }
    }

    /// Charges work done: virtual time moves forward with reductions.
    func charge(reductions: Int) {
        guard kind == .virtual else { return }
        virtualNow.nanoseconds &+= Int64(reductions) &* virtualNanosecondsPerReduction
    }

    /// Sets the virtual clock back to `instant` (a runtime rewound to a checkpoint); the real clock cannot go back.
    func rewind(to instant: ClockInstant) {
        guard kind == .virtual else { return }
        virtualNow = instant
    }

    /// Lets time pass until `deadline` when nothing can run: a jump on the
    /// virtual clock, a sleep of the thread on the real one.
    func idle(until deadline: ClockInstant) {
        switch kind {
        case .virtual:
            if deadline > virtualNow { virtualNow = deadline }
        case .real:
            let remaining = deadline.nanoseconds - now.nanoseconds
            guard remaining > 0 else { return }
            var request = timespec(tv_sec: Int(remaining / 1_000_000_000), tv_nsec: Int(remaining % 1_000_000_000))
            var left = timespec()
            nanosleep(&request, &left)
        }
    }
}
