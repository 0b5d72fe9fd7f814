import Testing

/// `with` and its `else` clauses; the expected texts are what Elixir 1.14 printed.
@Test func withElseClausesAndTheirFailure() {
    let output = ProgramOutput(running: """
        defmodule W do
          def run(x) do
            with {:ok, a} <- x,
                 b when b > 1 <- a,
                 c = b * 2 do
              {:done, c}
            else
              {:error, e} -> {:failed, e}
              n when is_integer(n) -> {:small, n}
            end
          end
          def bare(x) do
            with {:ok, v} <- x, do: v
          end
        end
        IO.inspect(W.run({:ok, 5}))
        IO.inspect(W.run({:error, :nope}))
        IO.inspect(W.run({:ok, 1}))
        IO.inspect(W.bare(:other))
        IO.inspect(W.bare({:ok, 3}))
        try do
          W.run(:weird)
        rescue
          e -> IO.inspect(e)
        end
        W.run(:boom)
        """, file: "with.exs")
    #expect(output.standardOutput == """
        {:done, 10}
        {:failed, :nope}
        {:small, 1}
        :other
        3
        %WithClauseError{term: :weird}

        """)
    #expect(output.standardError == "** (WithClauseError) no with clause matching: :boom\n    with.exs:3: W.run/1\n")
}
