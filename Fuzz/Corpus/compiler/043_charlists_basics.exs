# Single quotes make charlists: lists of code points.
c = 'hello'
IO.inspect(c)
IO.inspect(is_list(c))
IO.inspect(length(c))
IO.inspect(hd(c))
IO.inspect([104, 105])
IO.inspect([104, 105, 0])
IO.inspect('héllo')
IO.inspect(c ++ ' world')
IO.inspect(List.to_string(c))
IO.inspect(to_charlist("from string"))
IO.inspect(Enum.map('abc', &(&1 + 1)))
IO.inspect([?A, ?B, ?\n])
