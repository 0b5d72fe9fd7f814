@testable import Language
import Terms
import Testing

/// The host side of the OTP modules: log levels, the term hash, and the GenServer crash report,
/// whose texts are what Elixir 1.14 printed (fixtures 427, 430, 436).
@Suite struct OTPBuiltinsTests {
    @Test func levelsPrintAtOrAboveTheThreshold() {
        #expect(LogLevel.prints(Atom("error"), threshold: Atom("warning")))
        #expect(LogLevel.prints(Atom("warning"), threshold: Atom("warning")))
        #expect(!LogLevel.prints(Atom("info"), threshold: Atom("warning")))
        #expect(LogLevel.severity(Atom("warn")) == LogLevel.severity(Atom("warning")))
        #expect(LogLevel.severity(Atom("loud")) == nil)
    }

    @Test func theTermHashIsStableAndInRange() {
        let term = Term.tuple(.atom("a"), .int(1))
        #expect(TermHash.value(term, range: 10) == TermHash.value(term, range: 10))
        #expect((0..<10).contains(TermHash.value(term, range: 10)))
        #expect(TermHash.value(.atom("a"), range: 1 << 27) != TermHash.value(.atom("b"), range: 1 << 27))
    }

    @Test func aStopReasonWithACallerNamesTheCallerAndItsStack() {
        let report = ServerCrashReport(
            label: .atom("a"), reason: .tuple(.atom("bad_return_value"), .tuple(.atom("ok"), .int(5))), stack: .emptyList,
            lastMessage: .atom("q"), client: .pid(Pid(serial: 96)), state: .int(5))
        #expect(report.text(clientStack: ["file.exs:9: (file)"]) == """

            [error] GenServer :a terminating
            ** (stop) bad return value: {:ok, 5}
            Last message (from #PID<0.96.0>): :q
            State: 5
            Client #PID<0.96.0> is alive

                file.exs:9: (file)

            """)
    }

    @Test func aCastOrInfoHasNoCallerAndADeadCallerIsSaidToBe() {
        let cast = ServerCrashReport(
            label: .pid(Pid(serial: 104)), reason: .atom("odd_reason"), stack: .emptyList,
            lastMessage: .tuple(.atom("$gen_cast"), .atom("odd")), client: .nil, state: .int(0))
        #expect(cast.text(clientStack: nil) == """

            [error] GenServer #PID<0.104.0> terminating
            ** (stop) :odd_reason
            Last message: {:"$gen_cast", :odd}
            State: 0

            """)
        let call = ServerCrashReport(label: .atom("a"), reason: .atom("why"), stack: .emptyList, lastMessage: .atom("q"), client: .pid(Pid(serial: 96)), state: .nil)
        #expect(call.text(clientStack: nil).hasSuffix("Client #PID<0.96.0> is dead\n"))
    }
}
