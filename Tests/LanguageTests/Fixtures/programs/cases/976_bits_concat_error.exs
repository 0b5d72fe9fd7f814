# <> with a bitstring that is not a binary raises ArgumentError.
defmodule Bits do
  def odd, do: <<1::size(3)>>
  def join(a, b), do: a <> b
end

IO.inspect(Bits.join("ab", "cd"))
Bits.join(Bits.odd(), "a")
