IO.inspect(Enum.fetch([1, 2], 5))
IO.inspect(Enum.fetch(1..5, -1))
IO.inspect(Enum.fetch(10..1//-3, 2))
IO.inspect(Enum.fetch(5..1, 9))
IO.inspect(Enum.fetch(%{a: 1, b: 2}, -1))
IO.inspect(Enum.fetch(MapSet.new([3, 1, 2]), 0))
IO.inspect(Enum.fetch(Stream.map([1, 2, 3], &(&1 * 10)), 1))
IO.inspect(Enum.fetch(Stream.cycle([1, 2]), 5))
IO.inspect(apply(Enum, :fetch, [[1, 2, 3], -3]))
IO.inspect(apply(Enum, :fetch!, [1..3, 2]))
IO.inspect(Enum.fetch!([:a, :b], -2))
try do
  Enum.fetch!([], 0)
rescue
  e -> IO.inspect(e)
end
try do
  Enum.fetch([1], 1.0)
rescue
  e -> IO.inspect(e.__struct__)
end
try do
  Enum.fetch(:notenum, 0)
rescue
  e -> IO.inspect(e.__struct__)
end
Enum.fetch!([1, 2], 2)
