# match?/2 with plain patterns, guards, pins and inside captures.
IO.inspect(match?({:ok, _}, {:ok, 1}))
IO.inspect(match?({:ok, x} when x > 5, {:ok, 1}))
IO.inspect(Enum.filter([ok: 1, error: 2, ok: 3], &match?({:ok, _}, &1)))
x = 10
IO.inspect(match?(^x, 10))
