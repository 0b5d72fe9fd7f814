import Foundation

/// A grade report as Exercism's test runner interface writes `results.json` (version 3):
/// `version`, `status`, `message` (for `error`) and `tests` with `name`, `status`,
/// `message` (when it did not pass), `output` (when it printed) and `test_code`, and proctor's
/// own `trace`: what the test's processes did (spawns, messages, exits), for other tools to draw.
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

        enum Keys: String, CodingKey { case version, status, message, tests }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(3, forKey: .version)
            try container.encode(report.status, forKey: .status)
            try container.encodeIfPresent(report.message, forKey: .message)
            try container.encode(report.tests.map(Test.init), forKey: .tests)
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
