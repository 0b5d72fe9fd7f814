import Testing

/// A script's modules become callable when the script reaches their `defmodule`; the
/// expected texts are what Elixir 1.14 printed for the same file.
@Test func aModuleCalledBeforeItsDefinitionIsNotAvailable() {
    let output = ProgramOutput(running: """
        IO.puts("first")
        IO.inspect(Later.value())
        defmodule Later do
          def value, do: 1
        end
        """, file: "before.exs")
    #expect(output.standardOutput == "first\n")
    #expect(output.standardError == """
        ** (UndefinedFunctionError) function Later.value/0 is undefined (module Later is not available)
            Later.value()
            before.exs:2: (file)

        """)
    #expect(output.status == 1)
}

@Test func userStructsInspectInDefinitionOrder() {
    let output = ProgramOutput(running: """
        defmodule P do
          defstruct [:b, :a]
          def make, do: %P{a: 1, b: 2}
        end
        IO.inspect(P.make())
        """)
    #expect(output.standardOutput == "%P{b: 2, a: 1}\n")
}
