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
