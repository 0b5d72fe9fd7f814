# Ranges whose bounds are big integers.
big = 100_000_000_000_000_000_000
r = big..(big + 3)
IO.inspect(r)
IO.inspect(Enum.to_list(r))
IO.inspect(Enum.take(1..big, 3))
IO.inspect(Range.size(1..big))
IO.inspect(Enum.member?(1..big, big))
IO.inspect(big + 2 in r)
IO.inspect(Enum.count(r))
IO.inspect(Enum.sum(r))
IO.inspect(Range.new(big, big - 4, -2) |> Enum.to_list())
IO.inspect((big * 10)..(big * 10 + 1) |> Enum.map(&rem(&1, 7)))
