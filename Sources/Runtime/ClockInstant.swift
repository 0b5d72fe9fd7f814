/// A point on a runtime's monotonic clock, in nanoseconds since the runtime started.
public struct ClockInstant: Comparable, Hashable, Sendable {
    /// Nanoseconds since the clock's origin.
    public var nanoseconds: Int64

    /// The instant `nanoseconds` after the clock's origin.
    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    /// The instant this many milliseconds later; a span too long to represent
    /// gives the farthest instant there is (a timer that never fires).
    public func adding(milliseconds: Int) -> ClockInstant {
        let (span, spanOverflow) = Int64(milliseconds).multipliedReportingOverflow(by: 1_000_000)
        let (sum, sumOverflow) = nanoseconds.addingReportingOverflow(span)
        return ClockInstant(nanoseconds: spanOverflow || sumOverflow ? (milliseconds < 0 ? .min : .max) : sum)
    }

    /// Whole milliseconds since the clock's origin.
    public var milliseconds: Int { Int(nanoseconds / 1_000_000) }

    /// Whole milliseconds from `earlier` to this instant, rounded up (as timers report them).
    public func milliseconds(since earlier: ClockInstant) -> Int {
        let difference = nanoseconds - earlier.nanoseconds
        return Int((difference + 999_999) / 1_000_000)
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: ClockInstant, rhs: ClockInstant) -> Bool {
        lhs.nanoseconds < rhs.nanoseconds
    }
}
