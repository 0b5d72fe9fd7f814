# Function heads and case clauses that tell bitstrings apart.
defmodule Kind do
  def of(<<>>), do: :empty
  def of(<<_::1>>), do: :one_bit
  def of(<<0::1, _::bits>>), do: :starts_with_zero
  def of(bits) when is_binary(bits), do: {:binary, byte_size(bits)}
  def of(bits) when is_bitstring(bits), do: {:bits, bit_size(bits)}
end

for value <- [<<>>, <<1::1>>, <<1::2>>, <<0::3>>, "abc", <<255, 1::3>>] do
  IO.inspect(Kind.of(value))
end
