# quoted pipelines, ranges and module attributes
IO.inspect(quote do: x |> f())
IO.inspect(quote do: 1..3)
IO.inspect(quote do: [h | t])
IO.inspect(quote do: ^pinned)
