# Integers grow without bound.
max64 = 9_223_372_036_854_775_807
IO.inspect(max64 + 1)
IO.inspect(-max64 - 2)
IO.inspect(max64 * max64)
big = Integer.pow(2, 100)
IO.inspect(big)
IO.inspect(big - Integer.pow(2, 100) + 1)
IO.inspect(div(big, 3))
IO.inspect(rem(big, 7))
IO.inspect(big > max64)
IO.inspect(Enum.reduce(1..25, 1, &(&1 * &2)))
IO.inspect(Integer.to_string(Integer.pow(3, 50)))
IO.inspect(String.length(Integer.to_string(Integer.pow(10, 60))))
