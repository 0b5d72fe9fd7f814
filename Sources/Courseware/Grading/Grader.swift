import Foundation
import Language

/// Grades a learner's file against an exercise's tests: the file, then the tests, loaded
/// into one fresh runtime on the virtual clock, each test in its own process and budget.
public struct Grader {
    /// The budget for the whole run and for each test.
    public let budget: TestSuite.Budget
    /// Whether tests that pass run again under other schedules, and how many.
    public let exploration: ScheduleExploration?

    /// A grader with `budget` (by default 20 million reductions a test, 30 s of real time in all),
    /// exploring schedules as `exploration` says (by default not at all).
    public init(budget: TestSuite.Budget = TestSuite.Budget(), exploration: ScheduleExploration? = nil) {
        self.budget = budget
        self.exploration = exploration
    }

    /// Grades `source` (shown as `fileName` in errors) against `exercise`'s tests. Only the tests
    /// the exercise's own file defines count, and the grade is a pass only when every one of
    /// them ran and passed; tests the learner's file defines are not run for the grade.
    public func grade(_ source: String, fileName: String, exercise: Exercise) -> GradeReport {
        let started = DispatchTime.now().uptimeNanoseconds
        let testsName = exercise.id + "_test.exs"
        let suite = TestSuite(clock: .virtual, budget: budget, recordsTraces: true, exploration: exploration).run([
            TestSuite.SourceFile(source: source, name: fileName),
            TestSuite.SourceFile(source: exercise.tests, name: testsName),
        ], runningTestsOf: [testsName])
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        if let failure = suite.loadFailure {
            return GradeReport(
                exercise: exercise.id, status: .error, message: failure.message, tests: [], output: suite.output,
                durationMilliseconds: milliseconds)
        }
        let ofExercise = suite.tests.filter { $0.file == testsName }
        guard suite.declaredTests > 0, ofExercise.count == suite.declaredTests else {
            let message = "** (proctor) the grader could not run your tests: \(ofExercise.count) of the exercise's \(suite.declaredTests) tests ran"
            return GradeReport(
                exercise: exercise.id, status: .error, message: message, tests: [], output: suite.output,
                durationMilliseconds: milliseconds)
        }
        let snippets = TestSnippets(tests: exercise.tests)
        let results = ofExercise.map { result($0, snippets: snippets) }
        let status: GradeReport.Status = results.allSatisfy { $0.status == .pass } ? .pass : .fail
        var report = GradeReport(
            exercise: exercise.id, status: status, message: nil, tests: results, output: suite.output,
            durationMilliseconds: milliseconds)
        report.schedules = suite.exploration.map { verdict($0, tests: suite.tests) }
        return report
    }

    private func verdict(_ found: ExplorationReport, tests: [TestOutcome]) -> ScheduleVerdict {
        let failure = found.failure.map { failure in
            ScheduleVerdict.Failure(
                test: failure.standard.name, token: failure.replay.token, schedulesTried: failure.schedulesTried,
                replayed: exploration?.replay != nil,
                explanation: RaceExplanation.lines(standard: failure.standard.trace, explored: tests.indices.contains(failure.testIndex) ? tests[failure.testIndex].trace : nil))
        }
        return ScheduleVerdict(heldUnder: found.heldUnder, runs: found.runs, failure: failure)
    }

    private func result(_ outcome: TestOutcome, snippets: TestSnippets) -> GradeReport.TestResult {
        let status: GradeReport.Status
        switch outcome.failure?.kind {
        case nil: status = .pass
        case .assertion: status = .fail
        default: status = .error
        }
        return GradeReport.TestResult(
            name: outcome.name, status: status, message: outcome.failure?.message, code: outcome.failure?.code,
            left: outcome.failure?.left, right: outcome.failure?.right, output: outcome.output,
            testCode: snippets.body(ofTestAt: outcome.line), line: outcome.line, trace: outcome.trace)
    }
}
