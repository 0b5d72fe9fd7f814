# A bitstring that is not a binary is not iodata.
defmodule Bits do
  def odd, do: <<1::size(3)>>
end

IO.inspect(IO.iodata_to_binary(["a", <<98>>]))
IO.inspect(IO.iodata_length(["ab", ?c]))
IO.iodata_to_binary([Bits.odd()])
