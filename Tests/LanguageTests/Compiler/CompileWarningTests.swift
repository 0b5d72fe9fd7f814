import Runtime
import Testing
@testable import Language

/// The fixture programs drop location lines when they compare stderr (they look like stack
/// frames); these check the warnings whole, places included, against Elixir 1.14's text.
@Suite struct CompileWarningTests {
    private static let program = """
        defmodule Shapes do
          @unused 1
          def area({:square, side}, unit), do: side * side
          def pick(value, wanted) do
            case value do
              wanted -> :any
              :never -> :never
            end
          end
          defp helper(x), do: x
        end
        alias String.Chars
        total = 0

        """

    /// What `elixir u1.exs` printed on stderr for the program above.
    private static let recorded = """
        warning: variable "total" is unused (if the variable is not meant to be used, prefix it with an underscore)
          u1.exs:13

        warning: variable "unit" is unused (if the variable is not meant to be used, prefix it with an underscore)
          u1.exs:3: Shapes.area/2

        warning: variable "wanted" is unused (there is a variable with the same name in the context, use the pin operator (^) to match on it or prefix this variable with underscore if it is not meant to be used)
          u1.exs:6: Shapes.pick/2

        warning: variable "wanted" is unused (if the variable is not meant to be used, prefix it with an underscore)
          u1.exs:4: Shapes.pick/2

        warning: function helper/1 is unused
          u1.exs:10

        warning: this clause cannot match because a previous clause at line 6 always matches
          u1.exs:7

        warning: module attribute @unused was set but never used
          u1.exs:2

        warning: unused alias Chars
          u1.exs:12


        """

    @Test func warningsReadAsElixirPrintsThemWithTheirPlaces() {
        let output = CapturingOutputSink()
        let status = ScriptRunner(output: output, clock: .virtual).run(source: Self.program, file: "u1.exs")
        #expect(status == 0)
        #expect(output.standardError == Self.recorded)
    }

    @Test func aCleanProgramGetsNoWarnings() {
        let output = CapturingOutputSink()
        let source = "defmodule Ok do\n  def f({x, x}), do: x\n  def g(_unused), do: 1\nend\nIO.puts(Ok.f({1, 1}))\n"
        _ = ScriptRunner(output: output, clock: .virtual).run(source: source, file: "ok.exs")
        #expect(output.standardError == "")
    }
}
