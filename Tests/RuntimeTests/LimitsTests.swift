@testable import Runtime
import Terms
import Testing

@Suite struct LimitsTests {
    @Test func spawningPastTheLimitFailsCleanly() {
        let (runtime, _) = Runtime.forTesting(maxProcesses: 3)
        for _ in 1...3 { runtime.start(.take()) }
        #expect(throws: SystemLimitError.self) { try runtime.spawn(ScriptedBody([])) }
        #expect(runtime.processCount == 3)
    }

    @Test func aProcessHitsTheLimitWithoutHarm() {
        let (runtime, _) = Runtime.forTesting(maxProcesses: 2)
        let log = Log()
        runtime.start(.run { process in
            process.start(.take())
            do {
                _ = try process.spawn(ScriptedBody([]))
                log.append(.atom("spawned"))
            } catch {
                log.append(.atom("system_limit"))
            }
        })
        _ = runtime.run()
        #expect(same(log.entries, [.atom("system_limit")]))
    }

    @Test func aFreedSlotCanBeUsedAgain() {
        let (runtime, _) = Runtime.forTesting(maxProcesses: 1)
        runtime.start()
        _ = runtime.run()
        #expect(throws: Never.self) { try runtime.spawn(ScriptedBody([])) }
    }

    @Test func theLimitCanBeRaisedIntoTheMillions() {
        let (runtime, _) = Runtime.forTesting(maxProcesses: 2_000_000)
        #expect(runtime.options.maxProcesses == 2_000_000)
        #expect(RuntimeOptions().maxProcesses == 262_144)
    }

    @Test func oneHundredThousandWaitingProcessesCoexist() {
        let (runtime, _) = Runtime.forTesting()
        let count = 100_000
        let pids = (0..<count).map { _ in runtime.start(.take()) }
        _ = runtime.run()
        #expect(runtime.processCount == count)
        for pid in pids { runtime.send(.ok, to: pid) }
        guard case .finished = runtime.run() else { Issue.record("expected every process to finish"); return }
        #expect(runtime.processCount == 0)
    }
}
