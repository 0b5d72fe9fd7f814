# Tail calls run in constant space: a million iterations and more.
defmodule Loop do
  def count(0, acc), do: acc
  def count(n, acc), do: count(n - 1, acc + 1)

  def sum_to(n), do: sum_to(n, 0)
  defp sum_to(0, acc), do: acc
  defp sum_to(n, acc), do: sum_to(n - 1, acc + n)

  def even?(0), do: true
  def even?(n), do: odd?(n - 1)
  def odd?(0), do: false
  def odd?(n), do: even?(n - 1)
end
IO.inspect(Loop.count(1_000_000, 0))
IO.inspect(Loop.sum_to(3_000_000))
IO.inspect(Loop.even?(1_000_001))
