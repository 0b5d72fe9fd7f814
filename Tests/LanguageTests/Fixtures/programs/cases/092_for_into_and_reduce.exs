# for with into: (maps, strings) and reduce:.
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for c <- ["x", "y", "z"], into: "", do: String.upcase(c))
IO.inspect(for x <- 1..3, into: %{}, do: {x, x * x})
IO.inspect(for x <- [1, 2, 3, 4], reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for w <- ~w(a b a c a), reduce: %{} do
  acc -> Map.update(acc, w, 1, &(&1 + 1))
end)
IO.inspect(for x <- [3, 1, 3, 2, 1], uniq: true, do: x)
