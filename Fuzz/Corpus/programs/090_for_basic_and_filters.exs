# for comprehensions with filters and pattern generators.
IO.inspect(for x <- 1..10, rem(x, 2) == 0, do: x * x)
IO.inspect(for x <- 1..20, rem(x, 2) == 0, rem(x, 3) == 0, do: x)
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
IO.inspect(for %{name: n} <- [%{name: "a"}, %{id: 1}, %{name: "b"}], do: n)
IO.inspect(for x <- [], do: x)
IO.inspect(for x <- [1, 2, 3], y = x * 10, y > 10, do: y)
