# flat_map, concat, flat_map_reduce.
IO.inspect(Enum.flat_map([1, 2, 3], fn x -> [x, x * 10] end))
IO.inspect(Enum.flat_map([[1], [2, 3], []], & &1))
IO.inspect(Enum.flat_map(1..3, fn x -> List.duplicate(x, x) end))
IO.inspect(Enum.concat([[1, 2], [3], [4, 5]]))
IO.inspect(Enum.concat([1, 2], 3..4))
IO.inspect(Enum.flat_map([:a, :b], fn x -> [{x, 1}] end))
IO.inspect(List.flatten([[1, [2]], [[3]]]))
