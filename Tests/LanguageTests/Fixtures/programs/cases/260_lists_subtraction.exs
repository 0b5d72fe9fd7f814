# `--` takes out, for each element on the right, the first remaining equal (===) element on the left.
IO.inspect([1, 2, 3, 2, 1] -- [2, 1])
IO.inspect([1, 2, 1.0] -- [1.0])
IO.inspect([:a, "b", {1}, [2], %{c: 3}] -- ["b", %{c: 3}, :zz])
IO.inspect([1, 1, 1, 2] -- [1, 1, 1, 1, 1])
IO.inspect([] -- [1])
IO.inspect(length(Enum.to_list(1..50_000) -- Enum.to_list(1..50_000 // 2)))
