/// How the scheduler makes its choices: which runnable process runs next, whether a process
/// is preempted right after an operation other processes can see (and, in a randomized
/// schedule, after how many reductions a slice ends), and where a message from one sender lands among
/// messages from other senders that are in flight to the same receiver at the same time.
///
/// Every schedule keeps what the BEAM guarantees: messages between one pair of processes
/// arrive in the order sent, a process's own code runs sequentially, and timers fire in
/// deadline order. A schedule is written as a short token (`d4.1`, `r9f3c`) that replays it.
public enum Schedule: Sendable, Equatable {
    /// The default order: first runnable first, full slices, messages where they arrive.
    case standard
    /// The default order except at the listed choice points (the bounded deviations a
    /// Concuerror-style search tries first).
    case deviations([ScheduleDeviation])
    /// Every choice drawn from a random sequence seeded with `seed`.
    case randomized(seed: UInt64)

    /// The schedule a token names (`default`, `d4.1`, `d4.1_9.2`, `r9f3c`), or nil.
    public init?(token: String) {
        if token == "default" {
            self = .standard
        } else if token.hasPrefix("r"), let seed = UInt64(token.dropFirst(), radix: 16), token.count <= 17 {
            self = .randomized(seed: seed)
        } else if token.hasPrefix("d") {
            let parts = token.dropFirst().split(separator: "_", omittingEmptySubsequences: false)
            let deviations = parts.map(ScheduleDeviation.init(text:))
            guard !deviations.isEmpty, deviations.allSatisfy({ $0 != nil }) else { return nil }
            self = .deviations(deviations.compactMap { $0 })
        } else {
            return nil
        }
    }

    /// The token that replays this schedule.
    public var token: String {
        switch self {
        case .standard: return "default"
        case .deviations(let list): return "d" + list.map(\.text).joined(separator: "_")
        case .randomized(let seed): return "r" + String(seed, radix: 16)
        }
    }
}

/// One place where a schedule chooses differently from the default: at the `point`-th
/// choice the scheduler makes (counting from 0), it takes option `choice` instead of 0.
public struct ScheduleDeviation: Sendable, Equatable {
    /// Which choice, counting only choices that had more than one option.
    public let point: Int
    /// The option taken (0 is the default's).
    public let choice: Int

    /// A deviation at `point` taking option `choice`.
    public init(point: Int, choice: Int) {
        self.point = point
        self.choice = choice
    }

    /// `4.1` for point 4, option 1.
    var text: String { "\(point).\(choice)" }

    init?(text: Substring) {
        let numbers = text.split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 2, let point = Int(numbers[0]), let choice = Int(numbers[1]),
              point >= 0, choice > 0 else { return nil }
        self.init(point: point, choice: choice)
    }
}

/// One choice the scheduler made during a run, with how many options it had.
public struct ScheduleChoicePoint: Sendable, Equatable {
    /// What was chosen.
    public enum Kind: Sendable {
        /// Which runnable process runs next (option i: the i-th in the run queue).
        case next
        /// Whether the process is preempted right after an operation other processes can see.
        case preemption
        /// How many messages from other senders, in flight to the same receiver, a message overtakes.
        case arrival
    }

    /// What was chosen.
    public let kind: Kind
    /// How many options there were (more than one).
    public let options: Int
}
