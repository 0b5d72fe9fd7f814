# Classic recursive list functions.
defmodule MyList do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]

  def reverse(list), do: reverse(list, [])
  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])

  def zip([a | as], [b | bs]), do: [{a, b} | zip(as, bs)]
  def zip(_, _), do: []
end
IO.inspect(MyList.sum([1, 2, 3, 4]))
IO.inspect(MyList.map([1, 2, 3], &(&1 * &1)))
IO.inspect(MyList.reverse([:a, :b, :c]))
IO.inspect(MyList.zip([1, 2, 3], [:x, :y]))
