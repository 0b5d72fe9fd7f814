# [h | t] patterns, several heads, and exact-length lists.
[h | t] = [1, 2, 3]
IO.inspect({h, t})
[a, b | rest] = [:a, :b, :c, :d]
IO.inspect({a, b, rest})
[only] = ["one"]
IO.inspect(only)
[x | []] = [5]
IO.inspect(x)
[_ | tail] = [1]
IO.inspect(tail)
[c | cs] = 'hi'
IO.inspect({c, cs})
defmodule Len do
  def of([]), do: 0
  def of([_ | t]), do: 1 + of(t)
end
IO.inspect(Len.of([1, 2, 3, 4]))
