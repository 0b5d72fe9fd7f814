@testable import Language
import Terms
import Testing

/// Exit reasons in words, checked against what Elixir 1.14's `Exception.format_exit/1` printed.
@Test func callExitsShowTheCallAndTheCause() {
    let call = Term.tuple(.atom("Elixir.GenServer"), .atom("call"), .list([.atom("srv"), .atom("ping"), .int(50)]))
    #expect(ExitFormatter.format(.tuple(.atom("timeout"), call)) == "exited in: GenServer.call(:srv, :ping, 50)\n    ** (EXIT) time out")
}

@Test func knownReasonsReadAsWords() {
    #expect(ExitFormatter.format(.atom("killed")) == "killed")
    #expect(ExitFormatter.format(.tuple(.atom("shutdown"), .atom("bye"))) == "shutdown: :bye")
}

@Test func erlangErrorsReadAsTheExceptionTheyStandFor() {
    let reason = Term.tuple(.tuple(.atom("badmatch"), .int(1)), .emptyList)
    #expect(ExitFormatter.format(reason) == "an exception was raised:\n    ** (MatchError) no match of right hand side value: 1")
}

@Test func otherReasonsAreInspected() {
    #expect(ExitFormatter.format(.tuple(.atom("custom"), .emptyList)) == "{:custom, []}")
}
