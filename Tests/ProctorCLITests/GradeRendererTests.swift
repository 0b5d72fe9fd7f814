import Courseware
import Testing
@testable import ProctorCLI

@Test func learnerOutputIsEscapedWhileProctorsOwnColoursStay() throws {
    let first = try #require(try Course.embedded().exercises.first)
    let source = "defmodule Sleepy do\n  def start(_ms) do\n    IO.puts(\"\\e[2Jcleared\")\n  end\nend\n"
    let report = Grader().grade(source, fileName: "sleepy_process.exs", exercise: first.exercise)
    let rendered = GradeRenderer(style: TerminalStyle(enabled: true)).render(report, file: "sleepy_process.exs")
    #expect(rendered.contains("\\e[2Jcleared"))
    #expect(!rendered.contains("\u{1B}[2J"))
    #expect(rendered.contains("\u{1B}[1mFirst failing test:"))
    #expect(rendered.contains("\u{1B}[31m✗\u{1B}[0m"))
}

@Test func warningsFollowTheTestsUnderTheirOwnHeading() throws {
    let first = try #require(try Course.embedded().exercises.first)
    let source = "defmodule Sleepy do\n  def start(ms) do\n    pid = self()\n    spawn(fn -> Process.sleep(ms) end)\n  end\nend\n"
    let report = Grader().grade(source, fileName: "sleepy_process.exs", exercise: first.exercise)
    let rendered = GradeRenderer(style: TerminalStyle(enabled: false)).render(report, file: "sleepy_process.exs")
    let warnings = try #require(rendered.range(of: "\nWarnings:\n"))
    #expect(rendered[warnings.upperBound...].hasPrefix(
        "  warning: variable \"pid\" is unused (if the variable is not meant to be used, prefix it with an underscore)\n"
            + "    sleepy_process.exs:3: Sleepy.start/1\n"))
    #expect(rendered.range(of: "tests pass")?.lowerBound ?? rendered.startIndex > warnings.lowerBound)
}
