import Language
import Terms
import Testing

/// The tests a module defines, with the tags `@moduletag`, `@describetag` and `@tag` give them.
@Suite struct TestCollectorTests {
    private func tests(in source: String) throws -> [TestDefinition] {
        let program = Program()
        let compiled = try StructLayouts.$current.withValue(program.structs.layouts) { () throws(LoadError) -> CompiledFile in
            try program.compile(source, file: "tags_test.exs")
        }
        return compiled.modules.flatMap(\.tests)
    }

    @Test func theNearestTimeoutWins() throws {
        let found = try tests(in: """
            defmodule TagsTest do
              use ExUnit.Case
              @moduletag timeout: 50
              test "module", do: :ok
              @tag timeout: 30
              test "own", do: :ok
              describe "group" do
                @describetag timeout: 40
                test "describe", do: :ok
                @tag timeout: :infinity
                @tag :slow
                test "infinite", do: :ok
              end
              test "after the group", do: :ok
            end
            """)
        #expect(found.map(\.name) == ["module", "own", "group describe", "group infinite", "after the group"])
        #expect(found.map(\.timeout) == [.milliseconds(50), .milliseconds(30), .milliseconds(40), .infinity, .milliseconds(50)])
        #expect(found[3].tags.contains { $0.key == Atom("slow") && $0.value == .true })
        #expect(!found[4].tags.contains { $0.key == Atom("slow") }, "a @tag applies to the next test only")
    }

    @Test func aTestWithoutTagsHasTheDefaultTimeout() throws {
        let found = try tests(in: "defmodule T do\n  use ExUnit.Case\n  test \"a\", do: :ok\nend\n")
        #expect(found.count == 1)
        #expect(found[0].timeout == nil)
    }

    @Test func misplacedOrMalformedTagsAreCompileErrors() {
        let output = ProgramOutput(running: """
            defmodule T do
              use ExUnit.Case
              @describetag :outside
              @tag timeout: "soon"
              test "a", do: :ok
            end
            """)
        #expect(output.status == 1)
        #expect(output.standardError.contains("@describetag must be set inside describe/2 blocks"), "\(output.standardError)")
        #expect(output.standardError.contains("the timeout tag must be an integer (milliseconds) or :infinity, got: \"soon\""), "\(output.standardError)")
    }
}
