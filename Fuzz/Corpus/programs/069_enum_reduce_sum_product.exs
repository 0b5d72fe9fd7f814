# reduce with and without an accumulator, sum, product, count.
IO.inspect(Enum.reduce([1, 2, 3], fn x, acc -> x * acc end))
IO.inspect(Enum.reduce([1, 2, 3], 10, &+/2))
IO.inspect(Enum.reduce(["a", "b", "c"], "", fn s, acc -> acc <> s end))
IO.inspect(Enum.reduce(1..5, [], fn x, acc -> [x | acc] end))
IO.inspect(Enum.sum([1, 2.5, 3]))
IO.inspect(Enum.sum([]))
IO.inspect(Enum.product([2, 3, 7]))
IO.inspect(Enum.product([]))
IO.inspect(Enum.count([1, 2, 3]))
IO.inspect(Enum.count(1..100, &(rem(&1, 7) == 0)))
IO.inspect(Enum.reduce_while(1..100, 0, fn x, acc ->
  if acc + x > 20, do: {:halt, acc}, else: {:cont, acc + x}
end))
