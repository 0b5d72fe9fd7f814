import Foundation

/// A grade report as Exercism's test runner interface writes `results.json` (version 3):
/// `version`, `status`, `message` (for `error`) and `tests` with `name`, `status`,
/// `message` (when it did not pass), `output` (when it printed) and `test_code`, and proctor's
/// own `trace`: what the test's processes did (spawns, messages, exits), for other tools to draw,
/// and `schedules`: how many schedules the tests held under, or the one a test failed under.
/// Keys are sorted, so the output is stable.
public enum ResultsJSON {
    /// The report as pretty-printed JSON text.
    public static func encode(_ report: GradeReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(Results(report)), let text = String(data: data, encoding: .utf8) else {
            return #"{"version": 3, "status": "error", "message": "proctor could not encode the results"}"#
        }
        return text
    }

    private struct Results: Encodable {
        let report: GradeReport

        init(_ report: GradeReport) { self.report = report }

        enum Keys: String, CodingKey { case version, status, message, tests, schedules }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(3, forKey: .version)
            try container.encode(report.status, forKey: .status)
            try container.encodeIfPresent(report.message, forKey: .message)
            try container.encode(report.tests.map(Test.init), forKey: .tests)
            try container.encodeIfPresent(report.schedules.map { Schedules($0, exercise: report.exercise) }, forKey: .schedules)
        }
    }

    private struct Schedules: Encodable {
        let verdict: ScheduleVerdict
        let exercise: String

        init(_ verdict: ScheduleVerdict, exercise: String) {
            self.verdict = verdict
            self.exercise = exercise
        }

        enum Keys: String, CodingKey {
            case heldUnder = "held_under"
            case runs, failure
        }

        enum FailureKeys: String, CodingKey {
            case test, token, replay, explanation, replayed
            case schedulesTried = "schedules_tried"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(verdict.heldUnder, forKey: .heldUnder)
            try container.encode(verdict.runs, forKey: .runs)
            guard let failure = verdict.failure else { return }
            var nested = container.nestedContainer(keyedBy: FailureKeys.self, forKey: .failure)
            try nested.encode(failure.test, forKey: .test)
            try nested.encode(failure.token, forKey: .token)
            try nested.encode("proctor check \(exercise) --schedule \(failure.token)", forKey: .replay)
            try nested.encode(failure.schedulesTried, forKey: .schedulesTried)
            try nested.encode(failure.replayed, forKey: .replayed)
            try nested.encode(failure.explanation.joined(separator: " "), forKey: .explanation)
        }
    }

    private struct Test: Encodable {
        let result: GradeReport.TestResult

        init(_ result: GradeReport.TestResult) { self.result = result }

        enum Keys: String, CodingKey {
            case name, status, message, output, trace
            case testCode = "test_code"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(result.name, forKey: .name)
            try container.encode(result.status, forKey: .status)
            try container.encodeIfPresent(result.message, forKey: .message)
            if !result.output.isEmpty { try container.encode(result.output, forKey: .output) }
            try container.encode(result.testCode, forKey: .testCode)
            try container.encodeIfPresent(result.trace.map(TraceJSON.init), forKey: .trace)
        }
    }
}
