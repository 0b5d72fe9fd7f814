# List functions on tuples and folds.
pairs = [{:a, 1}, {:b, 2}, {:c, 3}]
IO.inspect(List.keyfind(pairs, :b, 0))
IO.inspect(List.keyfind(pairs, 3, 1))
IO.inspect(List.keyfind(pairs, :z, 0))
IO.inspect(List.keydelete(pairs, :a, 0))
IO.inspect(List.keyreplace(pairs, :c, 0, {:c, 30}))
IO.inspect(List.keystore(pairs, :d, 0, {:d, 4}))
IO.inspect(List.keysort([{:b, 2}, {:a, 9}], 0))
IO.inspect(List.foldl([1, 2, 3], [], fn x, acc -> [x | acc] end))
IO.inspect(List.foldr([1, 2, 3], [], fn x, acc -> [x | acc] end))
IO.inspect(List.pop_at([1, 2, 3], 1))
IO.inspect(List.starts_with?([1, 2, 3], [1, 2]))
IO.inspect(List.ascii_printable?('abc'))
