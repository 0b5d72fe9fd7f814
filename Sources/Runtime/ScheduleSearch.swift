/// The schedules a search tries after the default one, simplest first: every single
/// deviation from the default run's choices (Concuerror-style bounding: one other process
/// run first, one preemption right after a send, spawn, link or name lookup, one message
/// overtaking another), the smallest
/// deviation of each choice point before the larger ones, then randomized schedules.
public struct ScheduleSearch {
    private let bounded: [Schedule]
    private let salt: UInt64

    /// A search around a default run that offered `points`; `salt` varies its random
    /// schedules (two tests of one exercise try different ones), `boundedShare` caps how
    /// many of the first `count` schedules are bounded deviations.
    public init(around points: [ScheduleChoicePoint], salt: UInt64, count: Int, boundedShare: Double = 0.6) {
        let cap = max(1, Int(Double(count) * boundedShare))
        var firsts: [Schedule] = []
        var others: [Schedule] = []
        for (point, choice) in points.enumerated() {
            let alternatives = ScheduleSearch.alternatives(of: choice)
            guard let first = alternatives.first else { continue }
            firsts.append(.deviations([ScheduleDeviation(point: point, choice: first)]))
            others += alternatives.dropFirst().map { .deviations([ScheduleDeviation(point: point, choice: $0)]) }
            if firsts.count >= cap { break }
        }
        bounded = Array((firsts + others).prefix(cap))
        self.salt = salt
    }

    /// The `index`-th schedule to try (0: the first after the default).
    public func schedule(_ index: Int) -> Schedule {
        if index < bounded.count { return bounded[index] }
        var random = SplitMix64(seed: salt ^ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        return .randomized(seed: random.next() >> 24)
    }

    /// The options worth trying at a choice point, the most telling first: the next few
    /// processes in the run queue, a preemption, a message overtaking one or two others.
    private static func alternatives(of point: ScheduleChoicePoint) -> [Int] {
        switch point.kind {
        case .next: return Array(1..<min(point.options, 4))
        case .arrival: return Array(1..<min(point.options, 3))
        case .preemption: return [1]
        }
    }
}
