import Testing

/// `Enum.fetch/2` and `Enum.fetch!/2`; the expected output is what Elixir 1.14 printed.
@Test func fetchFindsElementsOfListsAndRanges() {
    let output = ProgramOutput(running: """
        IO.inspect(Enum.fetch([1, 2], 5))
        IO.inspect(Enum.fetch(1..5, -1))
        IO.inspect(Enum.fetch(10..1//-3, 2))
        IO.inspect(Enum.fetch(5..1, 9))
        IO.inspect(Enum.fetch!([:a, :b], -2))
        try do
          Enum.fetch!([], 0)
        rescue
          e -> IO.inspect(e)
        end
        """)
    #expect(output.standardOutput == """
        :error
        {:ok, 5}
        {:ok, 4}
        :error
        :a
        %Enum.OutOfBoundsError{message: "out of bounds error"}

        """)
}
