import Testing

/// Module attributes set to expressions; the expected output is what Elixir 1.14 printed.
@Test func attributesMayHoldExpressions() {
    let output = ProgramOutput(running: """
        defmodule A do
          @limit 10 * 3
          @doubled Enum.map([1, 2], &(&1 * 2))
          def limit, do: @limit
          def doubled, do: @doubled
        end
        IO.inspect({A.limit(), A.doubled()})
        """)
    #expect(output.standardOutput == "{30, [2, 4]}\n")
}
