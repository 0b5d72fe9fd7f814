import Courseware
import Foundation
import Testing

/// ExUnit's whole failure report through the binary: `proctor check` shows the first failing
/// test with its mailbox, lists the others by name, `--all` expands them and `--json` carries
/// them; `proctor run` of a test script prints the report as ExUnit 1.14 does.
@Suite struct FailureReportTests {
    /// A report_back solution that sends `{:squared, ...}` where the tests want `{:square, ...}`.
    static let wrongTag = """
        defmodule Reporter do
          def start(parent, n) do
            spawn(fn -> send(parent, {:squared, self(), n * n}) end)
          end
        end

        """

    private func workspaceWithWrongTag() throws -> ProctorBinary {
        var proctor = try ProctorBinary.fresh(user: "reports")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        try proctor.write(Self.wrongTag, to: "01-spawn/report_back.exs")
        return proctor
    }

    @Test func checkShowsTheFirstFailureWithItsMailboxAndNamesTheOthers() throws {
        let proctor = try workspaceWithWrongTag()
        let result = try proctor.run(["check", "report_back"])
        let text = result.standardOutput
        #expect(result.status == 1, "\(result.all)")
        #expect(text.contains("First failing test: the new process sends {:square, _, 9} to the parent for 3"), "\(text)")
        #expect(text.contains("  Showing 1 of 1 message in the mailbox\n  code: assert_receive {:square, _, 9}\n  mailbox:\n"), "\(text)")
        #expect(text.contains("    pattern: {:square, _, 9}\n    value:   {:squared, #PID<"), "\(text)")
        #expect(text.contains("Also failing:\n  ✗ the message carries the pid of the process that sent it\n"), "\(text)")
        #expect(!text.contains("pattern: {:square, ^pid, 16}"), "only the first failure is expanded: \(text)")
        #expect(text.contains("1 of 4 tests pass"), "\(text)")
    }

    @Test func checkAllExpandsEveryFailure() throws {
        let proctor = try workspaceWithWrongTag()
        let result = try proctor.run(["check", "report_back", "--all"])
        let text = result.standardOutput
        #expect(result.status == 1, "\(result.all)")
        #expect(text.contains("Failing test 2 of 3: the message carries the pid of the process that sent it"), "\(text)")
        #expect(text.contains("  The following variables were pinned:\n    pid = #PID<"), "\(text)")
        #expect(text.contains("    pattern: {:square, ^pid, 16}\n    value:   {:squared, #PID<"), "\(text)")
        #expect(text.contains("    value:   {:relayed, {:squared, #PID<"), "\(text)")
        #expect(!text.contains("Also failing:"), "\(text)")
    }

    @Test func checkJSONCarriesEveryFullReport() throws {
        let proctor = try workspaceWithWrongTag()
        let result = try proctor.run(["check", "report_back", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 3)
        #expect(json["status"] as? String == "fail")
        let tests = try #require(json["tests"] as? [[String: Any]])
        let messages = tests.compactMap { $0["message"] as? String }
        #expect(messages.count == 3, "\(result.standardOutput)")
        for message in messages {
            #expect(message.contains("\nmailbox:\n  pattern: {:"), "\(message)")
            #expect(message.contains("\nstacktrace:\n  report_back_test.exs:"), "\(message)")
        }
        #expect(tests.allSatisfy { $0["name"] is String && $0["status"] is String && $0["test_code"] is String })
    }

    @Test func runPrintsExUnitsReportForATimeoutFromATag() throws {
        let proctor = try ProctorBinary.fresh(user: "reports")
        try proctor.write("""
            ExUnit.start(seed: 0)
            defmodule WaitTest do
              use ExUnit.Case
              describe "waiting" do
                @tag timeout: 40
                test "forever" do
                  send(self(), {:replied, 42})
                  assert_receive {:reply, _}, 1_000
                end
              end
            end

            """, to: "wait_test.exs")
        let result = try proctor.run(["run", "wait_test.exs"])
        #expect(result.status == 2, "\(result.all)")
        let expected = """


              1) test waiting forever (WaitTest)
                 wait_test.exs:6
                 ** (ExUnit.TimeoutError) test timed out after 40ms. You can change the timeout:
            """
        #expect(result.standardOutput.hasPrefix(expected), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("     code: assert_receive {:reply, _}, 1_000\n     stacktrace:\n       wait_test.exs:8: (test)\n"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("\n1 test, 1 failure\n\nRandomized with seed 0\n"), "\(result.standardOutput)")
    }
}
