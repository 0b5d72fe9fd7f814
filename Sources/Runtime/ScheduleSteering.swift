/// Makes the scheduler's choices for one `Schedule`, and remembers the choices a run offered
/// (so a search can list the deviations to try next).
final class ScheduleSteering {
    /// How many choice points a run remembers.
    static let recordedPoints = 4096

    let schedule: Schedule
    private var deviations: [Int: Int] = [:]
    private var random: SplitMix64
    private var nextPoint = 0
    private(set) var points: [ScheduleChoicePoint] = []

    init(_ schedule: Schedule) {
        self.schedule = schedule
        switch schedule {
        case .standard:
            random = SplitMix64(seed: 0)
        case .deviations(let list):
            random = SplitMix64(seed: 0)
            for deviation in list { deviations[deviation.point] = deviation.choice }
        case .randomized(let seed):
            random = SplitMix64(seed: seed)
        }
    }

    /// The index in the run queue of the process to run next, among `count` entries.
    func nextIndex(among count: Int) -> Int {
        choose(.next, options: count) { $0.below(count) }
    }

    /// How many reductions the next slice may spend: the full slice, except that a randomized
    /// schedule cuts one slice in four short, after any number of reductions from 2 (the least
    /// that lets a process make progress: its second call yields) on a logarithmic scale.
    func sliceBudget(full: Int) -> Int {
        guard case .randomized = schedule, random.below(4) == 0 else { return full }
        let cap = min(full, 2 << random.below(10))
        return 2 + random.below(max(1, cap - 1))
    }

    /// Whether the process that just did something other processes can see (sent, spawned,
    /// linked, monitored, registered or looked up a name) is preempted right after it.
    func preemptsAfterOperation() -> Bool {
        choose(.preemption, options: 2) { $0.below(4) == 0 ? 1 : 0 } == 1
    }

    /// How many of the `overtakable` messages at the back of a mailbox a new message overtakes.
    func overtaken(of overtakable: Int) -> Int {
        choose(.arrival, options: overtakable + 1) { random in
            random.below(2) == 0 ? 0 : 1 + random.below(overtakable)
        }
    }

    private func choose(_ kind: ScheduleChoicePoint.Kind, options: Int, randomly: (inout SplitMix64) -> Int) -> Int {
        guard options > 1 else { return 0 }
        let point = nextPoint
        nextPoint += 1
        if points.count < ScheduleSteering.recordedPoints { points.append(ScheduleChoicePoint(kind: kind, options: options)) }
        switch schedule {
        case .standard: return 0
        case .deviations: return min(deviations[point] ?? 0, options - 1)
        case .randomized: return randomly(&random)
        }
    }
}

/// A small seeded random sequence (SplitMix64): the same seed gives the same numbers on any machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next number of the sequence.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0).
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
