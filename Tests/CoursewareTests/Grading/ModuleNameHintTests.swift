@testable import Courseware
import Testing

/// An exercise whose tests call `AgentCounter.count/0`.
private let exercise = Exercise(
    id: "agent_counter", title: "Agent counter", statement: [], starter: "", tests: """
        defmodule AgentCounterTest do
          use ExUnit.Case

          test "count/0 starts at zero" do
            assert AgentCounter.count() == 0
          end
        end
        """, hints: [], solution: "", line: 1)

@Suite struct ModuleNameHintTests {
    private func hint(for source: String) -> String? {
        ModuleNameHint.text(for: Grader().grade(source, fileName: "agent_counter.exs", exercise: exercise), source: source)
    }

    @Test func aModuleAFewEditsAwayGetsADidYouMean() {
        #expect(hint(for: "defmodule AgentCountr do\n  def count, do: 0\nend\n")
            == "your file defines `AgentCountr`; the tests call `AgentCounter`. Did you mean `AgentCounter`? Rename `defmodule AgentCountr` to `defmodule AgentCounter`.")
    }

    @Test func aModuleFarAwayIsNamedWithoutAGuess() {
        #expect(hint(for: "defmodule Tally do\n  def count, do: 0\nend\n")
            == "your file defines `Tally`; the tests call `AgentCounter`. Name your module `AgentCounter` (`defmodule AgentCounter do`).")
    }

    @Test func noHintWhenTheNameIsRightOrNothingIsDefined() {
        #expect(hint(for: "defmodule AgentCounter do\n  def count, do: 1\nend\n") == nil)
        #expect(hint(for: "IO.puts(:hello)\n") == nil)
    }

    @Test func nestedModulesHaveTheirFullNames() {
        #expect(ModuleNameHint.definedModules(in: "defmodule A do\n  defmodule B.C do\n  end\nend\ndefmodule D do\nend\n") == ["A", "A.B.C", "D"])
    }
}
