# split_with, split_while, scan, intersperse.
IO.inspect(Enum.split_with(1..8, &(rem(&1, 2) == 0)))
IO.inspect(Enum.split_with(%{a: 1, b: -2}, fn {_, v} -> v > 0 end))
IO.inspect(Enum.split_while([1, 2, 5, 1], &(&1 < 3)))
IO.inspect(Enum.scan([1, 2, 3, 4], &+/2))
IO.inspect(Enum.scan(1..4, 10, &(&1 * &2)))
IO.inspect(Enum.intersperse([1, 2, 3], :sep))
IO.inspect(Enum.intersperse([], :sep))
