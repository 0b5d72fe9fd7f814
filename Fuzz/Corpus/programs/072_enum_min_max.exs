# min/max and their _by forms, with empty fallbacks.
IO.inspect(Enum.min([4, 2, 8]))
IO.inspect(Enum.max([4, 2, 8]))
IO.inspect(Enum.min_max([4, 2, 8]))
IO.inspect(Enum.min_by(["aaa", "b", "cc"], &String.length/1))
IO.inspect(Enum.max_by(["aaa", "b", "cc"], &String.length/1))
IO.inspect(Enum.max_by([a: 1, b: 3, c: 3], fn {_, v} -> v end))
IO.inspect(Enum.min([], fn -> :empty end))
IO.inspect(Enum.max(1..10))
try do
  Enum.max([])
rescue
  e in Enum.EmptyError -> IO.puts(Exception.message(e))
end
