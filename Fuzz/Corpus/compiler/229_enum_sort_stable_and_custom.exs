# Sorting is stable; custom comparators and Enum.sort with modules.
pairs = [{:b, 1}, {:a, 1}, {:c, 0}, {:d, 1}]
IO.inspect(Enum.sort_by(pairs, &elem(&1, 1)))
IO.inspect(Enum.sort(pairs, fn {_, x}, {_, y} -> x >= y end))
IO.inspect(Enum.sort(["b", "B", "a"], :asc))
IO.inspect(Enum.sort([1.5, 1, 2, 0.5], :desc))
words = ~w(pear fig banana kiwi)
IO.inspect(Enum.sort_by(words, &{String.length(&1), &1}))
IO.inspect(Enum.max_by(words, &String.length/1))
IO.inspect(Enum.min_max_by(words, &String.length/1))
