# uniq, uniq_by, dedup, dedup_by.
IO.inspect(Enum.uniq([1, 2, 1, 3, 2, 4]))
IO.inspect(Enum.uniq([1, 1.0, 1]))
IO.inspect(Enum.uniq_by(["apple", "avocado", "banana"], &String.first/1))
IO.inspect(Enum.dedup([1, 1, 2, 2, 1, 1]))
IO.inspect(Enum.dedup_by([{1, :a}, {2, :a}, {3, :b}], fn {_, x} -> x end))
IO.inspect(Enum.uniq([]))
IO.inspect(Enum.uniq(["a", "A", "a"]))
