# a function may be made overridable again: each super reaches the version before it
defmodule Layers do
  def a, do: 1
  defoverridable a: 0
  def a, do: super() + 10
  defoverridable a: 0
  def a, do: super() + 100

  def b(x), do: x
  defoverridable b: 1
  def b(x), do: Enum.map([x, x], fn y -> super(y) end)
end

IO.inspect(Layers.a())
IO.inspect(Layers.b(4))
