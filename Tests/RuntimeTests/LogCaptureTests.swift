@testable import Runtime
import Terms
import Testing

@Suite struct LogCaptureTests {
    @Test func aCaptureKeepsReportsInsteadOfPrintingThem() {
        let (runtime, output) = Runtime.forTesting()
        let capture = runtime.startLogCapture { _ in true }
        runtime.start(.exit(.crash(reason: .tuple(.atom("oops"), .emptyList), report: "** (RuntimeError) oops")))
        _ = runtime.run()
        #expect(runtime.stopLogCapture(capture.id) == "\n[error] Process #PID<0.96.0> raised an exception\n** (RuntimeError) oops\n")
        #expect(output.standardOutput.isEmpty)
    }

    @Test func aCaptureDropsTheLevelsItDoesNotAcceptAndEndsOnce() {
        let (runtime, output) = Runtime.forTesting()
        let errors = runtime.startLogCapture { $0 == Atom("error") }
        let all = runtime.startLogCapture { _ in true }
        runtime.logError("info line", level: Atom("info"), groupLeader: output)
        runtime.logError("error line", level: Atom("error"), groupLeader: output)
        #expect(runtime.stopLogCapture(errors.id) == "error line")
        #expect(runtime.stopLogCapture(all.id) == "info lineerror line")
        #expect(runtime.stopLogCapture(all.id) == "")
        runtime.logError("printed", groupLeader: output)
        runtime.flushErrorLog()
        #expect(output.standardOutput == "printed")
    }
}
