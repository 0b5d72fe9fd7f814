# String functions given a bitstring that is not a binary raise FunctionClauseError.
defmodule Bits do
  def odd, do: <<1::size(3)>>
end

for fun <- [&String.length/1, &String.upcase/1, &String.downcase/1] do
  try do
    fun.(Bits.odd())
  rescue
    e in FunctionClauseError -> IO.inspect({e.module, e.function, e.arity})
  end
end

IO.inspect(String.valid?(Bits.odd()))
IO.inspect(String.length("still fine"))
