import Dispatch
import Runtime

/// Runs each test of a suite under the default schedule and then, when it passed, under
/// other schedules from the same checkpoint, until one fails: the search behind
/// `proctor check`. The first failure ends the search for the whole suite.
struct ScheduleExplorer {
    let plan: ScheduleExploration
    /// How many tests the suite runs.
    let tests: Int
    private var testsLeft: Int
    private var heldUnder = Int.max
    private var runs = 0
    private var failure: ScheduleFailure?
    private let deadline: UInt64

    init(plan: ScheduleExploration, tests: Int) {
        self.plan = plan
        self.tests = tests
        testsLeft = tests
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, plan.wallTimeNanoseconds))
    }

    /// What the search found.
    var report: ExplorationReport {
        ExplorationReport(heldUnder: heldUnder == Int.max ? 1 : heldUnder, runs: runs, failure: failure)
    }

    /// Runs the test at `testIndex` with `run` (which runs it once under a schedule), first
    /// under the default schedule, then under others; returns the outcome to report: the
    /// failing schedule's when one failed, the default's otherwise.
    mutating func run(testIndex: Int, in runtime: Runtime, _ run: (Schedule?) -> TestOutcome) -> TestOutcome {
        defer { testsLeft -= 1 }
        let start = runtime.checkpoint()
        let standard = run(.standard)
        let points = runtime.choicePoints
        runtime.schedule = nil
        guard standard.passed, failure == nil else { return standard }
        let schedules = candidates(for: testIndex, around: points)
        guard !schedules.isEmpty else { return standard }
        let afterStandard = runtime.checkpoint()
        let leftovers = Set(runtime.livePids) != start.live
        let share = (deadline > DispatchTime.now().uptimeNanoseconds ? deadline - DispatchTime.now().uptimeNanoseconds : 0) / UInt64(max(1, testsLeft))
        let testDeadline = DispatchTime.now().uptimeNanoseconds + share
        var tried = 1
        var found: TestOutcome?
        for schedule in schedules {
            if plan.replay == nil, DispatchTime.now().uptimeNanoseconds >= testDeadline { break }
            runtime.rewind(to: start)
            let outcome = run(schedule)
            runtime.schedule = nil
            tried += 1
            runs += 1
            if !outcome.passed {
                found = outcome
                failure = ScheduleFailure(
                    testIndex: testIndex, replay: ScheduleReplay(test: testIndex + 1, schedule: schedule),
                    schedulesTried: tried, standard: standard)
                break
            }
        }
        // Later tests find the runtime as the default run left it: its processes, numbers and clock.
        if leftovers {
            runtime.rewind(to: start)
            _ = run(nil)
        } else {
            runtime.rewind(to: afterStandard)
        }
        if plan.replay == nil { heldUnder = min(heldUnder, tried) }
        return found ?? standard
    }

    /// The schedules to try for the test at `testIndex`: the replayed one only, or a search's first ones.
    private func candidates(for testIndex: Int, around points: [ScheduleChoicePoint]) -> [Schedule] {
        if let replay = plan.replay { return replay.test == testIndex + 1 ? [replay.schedule] : [] }
        let search = ScheduleSearch(around: points, salt: UInt64(testIndex + 1), count: plan.schedules)
        return (0..<plan.schedules).map(search.schedule)
    }
}
