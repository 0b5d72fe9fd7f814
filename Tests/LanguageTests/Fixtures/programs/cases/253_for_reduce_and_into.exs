# for with reduce: (clauses over the accumulator, filters, two generators) and into: maps, strings, MapSets.
IO.inspect(for x <- 1..4, reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for x <- [1, 2, 3], y <- [10, 20], x != 2, reduce: [] do
  acc when x > 2 -> [{x, y} | acc]
  acc -> [x | acc]
end)
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for c <- ["a", "b"], into: "", do: String.upcase(c))
IO.inspect(for x <- 1..3, into: MapSet.new(), do: rem(x, 2))
