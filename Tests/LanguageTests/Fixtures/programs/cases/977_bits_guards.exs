# is_bitstring/1, bit_size/1 and byte_size/1 in guards.
defmodule Guard do
  def small(b) when is_bitstring(b) and bit_size(b) < 8, do: {:small, bit_size(b)}
  def small(b) when is_binary(b) and byte_size(b) > 2, do: :long
  def small(_), do: :other
end

IO.inspect(Guard.small(<<1::3>>))
IO.inspect(Guard.small("abc"))
IO.inspect(Guard.small("a"))
IO.inspect(Guard.small(:atom))
IO.inspect(Enum.filter([<<1::1>>, "x", 1, <<>>], &is_bitstring/1))
IO.inspect(Enum.filter([<<1::1>>, "x", 1, <<>>], &is_binary/1))
