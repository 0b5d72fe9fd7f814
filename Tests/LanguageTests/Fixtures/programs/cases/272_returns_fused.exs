# A function's result made by a constant or by arithmetic on the values of calls:
# the values, the references left in locals, big integers and floats, and the errors.
defmodule Fused do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def fact(0), do: 1
  def fact(n), do: n * fact(n - 1)

  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def words(text) do
    parts = String.split(text)
    _kept = {parts, Enum.reverse(parts)}
    "constant after #{length(parts)} words"
  end

  def listed(_list), do: [1, 2, 3]

  def half(x), do: x / two()
  def two, do: 2

  def add(x), do: x + value(x)
  def value(x), do: x
end

IO.inspect(Fused.fib(20))
IO.inspect(Fused.fact(30))
IO.inspect(Fused.sum([1, 2.5, 9_223_372_036_854_775_807, 1]))
IO.inspect(Fused.words("one two three"))
IO.inspect(Fused.listed([:a, "b", {:c}]))
IO.inspect(Fused.half(7))
IO.inspect(Fused.add(4_611_686_018_427_387_904))

try do
  Fused.sum([1, :two, 3])
rescue
  error -> IO.inspect(error)
end

Fused.add("one")
