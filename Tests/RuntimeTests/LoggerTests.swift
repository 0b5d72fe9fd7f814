@testable import Runtime
import Terms
import Testing

/// Expected texts are what Elixir 1.14 printed here (conformance cases 029, 030, 037),
/// without Logger's `HH:MM:SS.mmm ` timestamp prefix.
@Suite struct LoggerTests {
    @Test func aRaisingProcessIsLoggedToItsGroupLeader() {
        let (runtime, output) = Runtime.forTesting()
        runtime.start(.exit(.crash(reason: .tuple(.atom("oops"), .emptyList), report: "** (RuntimeError) oops")))
        _ = runtime.run()
        #expect(output.standardOutput == "\n[error] Process #PID<0.96.0> raised an exception\n** (RuntimeError) oops\n")
    }

    @Test func theLoggerLevelStartsAtDebugAndCanBeRaised() {
        let (runtime, _) = Runtime.forTesting()
        #expect(runtime.loggerLevel == Atom("debug"))
        runtime.loggerLevel = Atom("warning")
        #expect(runtime.loggerLevel == Atom("warning"))
    }

    @Test func plainExitsLogNothing() {
        let (runtime, output) = Runtime.forTesting()
        runtime.start(.exit(.exit(.atom("custom"))))
        runtime.start(.exit(.normal))
        _ = runtime.run()
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.isEmpty)
    }

    @Test func theTaskReportHasElixirsShape() {
        let report = ErrorLogger.taskFailureReport(
            task: Pid(serial: 104), starter: Pid(serial: 96), failure: "** (RuntimeError) oops",
            function: "#Function<0.1/0 in :elixir_compiler_0.__FILE__/1>", arguments: "[]"
        )
        #expect(report == "\n[error] Task #PID<0.104.0> started from #PID<0.96.0> terminating\n"
            + "** (RuntimeError) oops\nFunction: #Function<0.1/0 in :elixir_compiler_0.__FILE__/1>\n    Args: []\n")
        #expect(ErrorLogger.stopLine(inspectedReason: ":task_failed") == "** (stop) :task_failed")
    }

    @Test func childrenInheritTheGroupLeaderAndEachMayHaveItsOwn() {
        let (runtime, output) = Runtime.forTesting()
        let captured = CapturingOutputSink()
        runtime.start(.run { process in
            process.start(.run { $0.write("inherited\n") })
            process.start(.run { child in
                child.groupLeader = captured
                child.write("captured\n")
                child.write("captured error\n", to: .standardError)
            })
        })
        _ = runtime.run()
        #expect(output.standardOutput == "inherited\n")
        #expect(captured.standardOutput == "captured\n")
        #expect(captured.standardError == "captured error\n")
    }

    @Test func theCrashReportGoesToTheCrashingProcesssGroupLeader() {
        let (runtime, output) = Runtime.forTesting()
        let captured = CapturingOutputSink()
        runtime.start(
            .run { $0.groupLeader = captured },
            .exit(.crash(reason: .atom("oops"), report: "** (RuntimeError) oops"))
        )
        _ = runtime.run()
        #expect(output.standardOutput.isEmpty)
        #expect(captured.standardOutput.contains("raised an exception"))
    }

    /// Case 031: a script's main process that raises logs no `[error]` report;
    /// its exit record keeps the formatted exception for the host to print.
    @Test func aProcessThatDoesNotLogCrashesStillRecordsTheReport() {
        let (runtime, output) = Runtime.forTesting()
        let main = runtime.start(
            .exit(.crash(reason: .atom("bad"), report: "** (ArgumentError) bad thing")),
            options: SpawnOptions(logsCrashes: false)
        )
        guard case .exited(let record) = runtime.run(until: main) else { Issue.record("no exit"); return }
        #expect(output.standardOutput.isEmpty)
        #expect(record.crashReport == "** (ArgumentError) bad thing")
    }

    /// Cases 029 and 037: the report comes out when the logger gets its turn,
    /// before the output of a process the crash wakes up.
    @Test func theReportPrecedesOutputOfProcessesWokenByTheCrash() {
        let (runtime, output) = Runtime.forTesting()
        let main = runtime.start(
            .run { process in
                process.start(.exit(.crash(reason: .atom("oops"), report: "** (RuntimeError) oops")),
                              options: SpawnOptions(monitor: true))
            },
            .take { process, _ in process.write("main still alive\n") }
        )
        _ = runtime.run(until: main)
        #expect(output.standardOutput
            == "\n[error] Process #PID<0.97.0> raised an exception\n** (RuntimeError) oops\nmain still alive\n")
    }

    @Test func aTaskReportGoesThroughTheLogger() {
        let (runtime, output) = Runtime.forTesting()
        let task = runtime.start(.run { process in
            process.logError(ErrorLogger.taskFailureReport(
                task: process.pid, starter: Pid(serial: 96), failure: ErrorLogger.stopLine(inspectedReason: ":task_failed"),
                function: "#Function<0.1/0>", arguments: "[]"
            ))
        }, .exit(.exit(.atom("task_failed"))))
        _ = runtime.run()
        #expect(output.standardOutput == "\n[error] Task \(task.inspectText) started from #PID<0.96.0> terminating\n"
            + "** (stop) :task_failed\nFunction: #Function<0.1/0>\n    Args: []\n")
    }
}
