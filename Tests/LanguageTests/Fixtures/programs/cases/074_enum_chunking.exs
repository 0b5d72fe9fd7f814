# chunk_every, chunk_by, chunk_while, split.
IO.inspect(Enum.chunk_every([1, 2, 3, 4, 5], 2))
IO.inspect(Enum.chunk_every([1, 2, 3, 4, 5], 2, 2, :discard))
IO.inspect(Enum.chunk_every([1, 2, 3, 4, 5], 3, 1, :discard))
IO.inspect(Enum.chunk_every([1, 2, 3, 4], 3, 3, [:pad, :pad]))
IO.inspect(Enum.chunk_by([1, 1, 2, 3, 3, 1], & &1))
IO.inspect(Enum.chunk_by(["a", "b", "1", "c"], &(&1 in ["0", "1"])))
IO.inspect(Enum.split([1, 2, 3, 4], 1))
IO.inspect(Enum.split([1, 2, 3, 4], -1))
IO.inspect(Enum.chunk_while(1..10, [], fn x, acc ->
  if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]}
end, fn
  [] -> {:cont, []}
  acc -> {:cont, Enum.reverse(acc), []}
end), charlists: :as_lists)
