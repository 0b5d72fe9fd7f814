import ArgumentParser
import Language

/// How `proctor check` explores schedules: how many, or which one to replay.
struct ScheduleOptions: ParsableArguments {
    /// Schedules tried per test besides the default when `--schedules` is not given.
    static let defaultCount = 100
    /// Real time exploring may add to a check when `--schedules` is not given, in nanoseconds.
    static let defaultWallTime: Int64 = 1_000_000_000

    @Option(help: "How many schedules besides the default each test runs under (default: up to \(ScheduleOptions.defaultCount) within 1 s; 0: only the default).")
    var schedules: Int?

    @Option(help: "Replay one schedule of one test exactly, as a failed check printed it (`2-d4.1`).")
    var schedule: String?

    /// Fails unless the options make sense together.
    func validate() throws {
        if let schedules, schedules < 0 { throw ValidationError("--schedules takes a count of 0 or more.") }
        if let schedule, ScheduleReplay(token: schedule) == nil {
            throw ValidationError("--schedule takes a token as a failed check prints it, such as `2-d4.1` or `1-r3fa92c`.")
        }
    }

    /// The exploration to grade with (nil: only the default schedule).
    var exploration: ScheduleExploration? {
        if let token = schedule, let replay = ScheduleReplay(token: token) {
            return ScheduleExploration(schedules: 1, wallTimeNanoseconds: Int64.max / 2, replay: replay)
        }
        if let schedules {
            return schedules == 0 ? nil : ScheduleExploration(schedules: schedules, wallTimeNanoseconds: Int64.max / 2)
        }
        return ScheduleOptions.standardExploration
    }

    /// The exploration of a check without options (and of each round of `proctor watch`).
    static let standardExploration = ScheduleExploration(
        schedules: ScheduleOptions.defaultCount, wallTimeNanoseconds: ScheduleOptions.defaultWallTime)
}
