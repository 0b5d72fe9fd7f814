import Foundation
import Testing

/// Issue 13, item 2, through the real binary on a pseudo-terminal: Ctrl-C stops a running
/// input and keeps the variables, twice at an empty prompt it leaves; Ctrl-L clears the
/// screen; a syntax error names the line as iex counts it.
@Suite(.serialized) struct IexKeysTests {
    @Test func ctrlCStopsAnInputAndKeepsTheVariables() throws {
        let proctor = try ProctorBinary.fresh(user: "ivy")
        let terminal = try PseudoTerminal(proctor, ["iex"])
        terminal.wait(for: "iex(1)> ")
        terminal.type("x = 41\r")
        terminal.wait(for: "iex(2)> ")
        var mark = terminal.mark
        terminal.type("Process.sleep(60_000)\r")
        terminal.wait(for: "Process.sleep(60_000)\u{1B}[K\r", after: mark)
        usleep(300_000)
        let pressed = Date()
        terminal.type("\u{3}")
        let stopped = terminal.wait(for: "your variables are kept", after: mark, seconds: 10)
        #expect(Date().timeIntervalSince(pressed) < 3, "stopping took \(Date().timeIntervalSince(pressed)) s")
        #expect(stopped.contains("** (proctor) interrupted by Ctrl-C: that input stopped; your variables are kept"), "\(stopped)")
        mark = terminal.mark
        terminal.type("x + 1\r")
        #expect(terminal.wait(for: "iex(3)> ", after: mark).contains("42\r\n"))
        mark = terminal.mark
        terminal.type("\u{c}")
        #expect(terminal.wait(for: "\u{1B}[2J", after: mark, seconds: 5).contains("\u{1B}[2J"))
        mark = terminal.mark
        terminal.type("\u{3}")
        #expect(terminal.wait(for: "leaves the shell", after: mark, seconds: 5).contains("(Ctrl-C again, or Ctrl-D, leaves the shell)"))
        terminal.type("\u{3}")
        #expect(terminal.exitStatus(within: 10) == 0, "\(terminal.screen)")
    }

    @Test func whatIsTypedWhileAnInputRunsIsReadAtTheNextPrompt() throws {
        let proctor = try ProctorBinary.fresh(user: "ida")
        let terminal = try PseudoTerminal(proctor, ["iex"])
        terminal.wait(for: "iex(1)> ")
        terminal.type("Process.sleep(500)\r")
        terminal.type("20 + 22\r")
        let screen = terminal.wait(for: "iex(3)> ", seconds: 10)
        #expect(screen.contains("42\r\n"), "\(screen)")
        terminal.type("\u{4}")
        #expect(terminal.exitStatus(within: 10) == 0, "\(terminal.screen)")
    }

    @Test func aSyntaxErrorNamesTheLineAsIexCountsIt() throws {
        let proctor = try ProctorBinary.fresh(user: "ivan")
        let result = try proctor.run(["iex"], input: "1\n2\n1 +\n)\n")
        #expect(result.standardOutput.contains("** (SyntaxError) iex:4:1: unexpected token: )\n    |\n  4 | )\n    | ^\n"), "\(result.all)")
    }
}
