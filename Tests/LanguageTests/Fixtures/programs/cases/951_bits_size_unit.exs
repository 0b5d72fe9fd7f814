# size(n)-unit(m): the size is n units of m bits, n known at run time.
defmodule Sizes do
  def build(value, n), do: <<value::size(n)-unit(4)>>
  def bytes(value, n), do: <<value::binary-size(n)-unit(8)>>
  def take(bin, n) do
    <<head::size(n)-unit(2), rest::bits>> = bin
    {head, rest}
  end
end

IO.inspect(Sizes.build(255, 2))
IO.inspect(Sizes.build(1, 3))
IO.inspect(Sizes.bytes("hello", 3))
IO.inspect(Sizes.take(<<0b11110000>>, 2))
IO.inspect(Sizes.take(<<0b11110000>>, 3))
IO.inspect(<<7::size(2)-unit(3)>>)
IO.inspect(<<"ab"::bits>> == <<"a", 6::4, 2::4>>)
