# Enum.map, filter, reject over lists, ranges and maps.
IO.inspect(Enum.map([1, 2, 3], &(&1 * 3)))
IO.inspect(Enum.map(1..4, fn x -> x * x end))
IO.inspect(Enum.filter([1, nil, 2, false, 3], & &1))
IO.inspect(Enum.reject(1..10, &(rem(&1, 3) == 0)))
IO.inspect(Enum.filter(%{a: 1, b: -1}, fn {_, v} -> v > 0 end))
IO.inspect(Enum.map([], &(&1 + 1)))
IO.inspect(Enum.map(["a", "b"], &String.to_atom/1))
IO.inspect(Enum.map(1..3, &{&1, &1 * 2}))
