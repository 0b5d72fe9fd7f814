# Non-tail recursion 100,000 deep still works.
defmodule Deep do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]
  def len([]), do: 0
  def len([_ | t]), do: 1 + len(t)
end
list = Deep.build(100_000)
IO.inspect(Deep.len(list))
IO.inspect(hd(list))
IO.inspect(List.last(list))
