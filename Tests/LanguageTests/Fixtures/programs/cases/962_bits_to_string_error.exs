# to_string/1 and IO.write/1 of a bitstring.
defmodule Bits do
  def odd, do: <<1::size(3)>>
end

IO.inspect(to_string(<<104, 105>>))
try do
  to_string(Bits.odd())
rescue
  e -> IO.inspect(e.__struct__)
end
IO.write(Bits.odd())
