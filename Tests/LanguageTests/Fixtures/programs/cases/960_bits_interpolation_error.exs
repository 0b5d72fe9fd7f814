# Interpolating a bitstring that is not a binary raises.
defmodule Bits do
  def odd, do: <<5, 1::2>>
end

try do
  IO.puts("value: #{Bits.odd()}")
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end

IO.puts("x#{Bits.odd()}")
