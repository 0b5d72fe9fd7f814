/// What grading under other schedules found: how many schedules every test held under, or
/// the test that failed under one, with the token that replays it and the race in words.
public struct ScheduleVerdict: Sendable {
    /// The fewest schedules any test passed under, the default included.
    public let heldUnder: Int
    /// How many runs of a test the exploration made, the default runs not included.
    public let runs: Int
    /// The failure found, if any.
    public let failure: Failure?

    /// A test that passed under the default schedule and failed under another.
    public struct Failure: Sendable {
        /// The test's name.
        public let test: String
        /// What `--schedule` takes to replay it (`2-d4.1`).
        public let token: String
        /// How many schedules that test ran under, the default and the failing one included.
        public let schedulesTried: Int
        /// Whether this check replayed a schedule given with `--schedule` rather than searching.
        public let replayed: Bool
        /// What the failing schedule did differently, in paragraphs of plain words (may be empty).
        public let explanation: [String]
    }
}
