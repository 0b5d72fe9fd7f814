# defguard and guard-safe functions.
defmodule Guards do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  def kind(n) when is_even(n), do: :even
  def kind(n) when is_integer(n), do: :odd
  def small?(x) when abs(x) < 10 and x != 0, do: true
  def small?(_), do: false
  def head_is_a([h | _]) when h == :a, do: true
  def head_is_a(_), do: false
end
IO.inspect(Enum.map(1..4, &Guards.kind/1))
IO.inspect(Enum.map([0, 5, -9, 10], &Guards.small?/1))
IO.inspect({Guards.head_is_a([:a]), Guards.head_is_a([]), Guards.head_is_a(:a)})
