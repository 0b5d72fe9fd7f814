# hd, tl, length and cons cells.
l = [1, 2, 3]
IO.inspect(hd(l))
IO.inspect(tl(l))
IO.inspect(length(l))
IO.inspect([0 | l])
IO.inspect([1 | [2 | [3 | []]]])
IO.inspect([1 | 2])
IO.inspect([[1, 2], [3]])
IO.inspect(l == [1, 2, 3])
IO.inspect(is_list([]))
IO.inspect(length([]))
IO.inspect([:a, "b", 3, 4.0, {5}, [6]])
