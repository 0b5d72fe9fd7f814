import Dispatch

/// When to read the memory gauge, and a running estimate between readings.
///
/// The gauge (`mallinfo2`) walks the allocator's free lists, so its cost grows with the heap.
/// It is read on a wall-clock basis instead of per slice: the scheduler looks at the monotonic
/// clock every few slices (tens of nanoseconds), and the gauge is read when `interval` has
/// passed since the last reading. The interval is at least `minimumInterval` and a hundred
/// times what the last reading cost, so watching takes about one percent of the time at most,
/// however large the heap or however many slices run. Large allocations a builtin announces
/// are added to the last reading; the gauge is read again only when that estimate reaches
/// the limit.
struct MemoryWatch {
    /// The shortest time between two readings: 10 ms.
    static let minimumInterval: Int64 = 10_000_000
    /// The longest time between two readings: 500 ms.
    static let maximumInterval: Int64 = 500_000_000
    /// How many slices run between two looks at the clock.
    static let slicesPerClockLook = 16
    /// Reductions after which the clock is looked at sooner (slices that charged for heavy work).
    static let reductionsPerClockLook = 1 << 16

    /// The memory the program may use.
    let limit: Int
    private let gauge: () -> Int
    private let clock: () -> Int64
    /// Bytes in use at the last reading.
    private(set) var lastReading = 0
    /// Bytes announced by builtins since the last reading.
    private(set) var announcedSinceReading = 0
    private var lastReadingTime: Int64 = 0
    /// Nanoseconds from one reading to the next.
    private(set) var interval = MemoryWatch.minimumInterval
    private var slicesSinceLook = 0
    private var reductionsSinceLook = 0

    /// A watch over `limit` bytes; `gauge` reads the bytes in use, `clock` is monotonic nanoseconds.
    init(
        limit: Int, gauge: @escaping () -> Int = MemoryGauge.bytesInUse,
        clock: @escaping () -> Int64 = MemoryWatch.monotonicNanoseconds
    ) {
        self.limit = limit
        self.gauge = gauge
        self.clock = clock
        self.lastReadingTime = clock()
    }

    /// Called after each slice: the bytes in use when a reading was due and found them
    /// over the limit, else nil. Most calls only count.
    mutating func overLimitAfterSlice(reductions: Int) -> Int? {
        slicesSinceLook &+= 1
        reductionsSinceLook &+= reductions
        guard slicesSinceLook >= MemoryWatch.slicesPerClockLook || reductionsSinceLook >= MemoryWatch.reductionsPerClockLook
        else { return nil }
        slicesSinceLook = 0
        reductionsSinceLook = 0
        guard clock() &- lastReadingTime >= interval else { return nil }
        let used = read()
        return used > limit ? used : nil
    }

    /// Whether `bytes` more fit under the limit. The estimate (last reading plus what was
    /// announced since) is confirmed with a fresh reading before saying no; nil means yes,
    /// else the bytes in use that, with `bytes`, pass the limit.
    mutating func refusal(ofAnother bytes: Int) -> Int? {
        let (estimate, overflow) = lastReading.addingReportingOverflow(announcedSinceReading &+ bytes)
        if !overflow, estimate <= limit {
            announcedSinceReading &+= bytes
            return nil
        }
        let used = read()
        guard bytes > limit &- used else {
            announcedSinceReading = bytes
            return nil
        }
        return used
    }

    /// Reads the gauge now and sets the next interval from what the reading cost.
    @discardableResult
    mutating func read() -> Int {
        let started = clock()
        lastReading = gauge()
        lastReadingTime = clock()
        announcedSinceReading = 0
        let cost = lastReadingTime &- started
        interval = min(MemoryWatch.maximumInterval, max(MemoryWatch.minimumInterval, cost &* 100))
        return lastReading
    }

    /// The machine's monotonic clock in nanoseconds.
    static func monotonicNanoseconds() -> Int64 {
        Int64(truncatingIfNeeded: DispatchTime.now().uptimeNanoseconds)
    }
}
