# An operator that fails inside a function body (not a tail call) is an instruction of the
# BEAM, with no frame of its own: no blame. `2 * :x` in tail position has one.
defmodule Halves do
  def zero, do: 0
  def atom, do: :x
  def of(x), do: x / zero()
  def twice(x), do: 2 * x
end

try do
  Halves.twice(Halves.atom())
rescue
  e -> IO.inspect(e)
end

IO.inspect(Halves.of(1))
