# Enum on a value that is not enumerable.
IO.inspect(Enum.sum([1, 2]))
value = Enum.at([{1, 2, 3}], 0)
IO.inspect(tuple_size(value))
Enum.map(value, fn x -> x * 2 end)
IO.puts("never printed")
