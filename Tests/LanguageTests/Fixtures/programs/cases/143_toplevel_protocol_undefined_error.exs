# Enum on a value that is not enumerable.
IO.inspect(Enum.sum([1, 2]))
value = Enum.at([{1, 2, 3}], 0)
Enum.map(value, fn x -> x * 2 end)
