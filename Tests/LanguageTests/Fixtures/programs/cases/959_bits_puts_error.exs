# IO.puts of a bitstring that is not a binary raises Protocol.UndefinedError.
defmodule Bits do
  def odd, do: <<1::size(3)>>
end

IO.puts("before")
IO.puts(Bits.odd())
IO.puts("never")
