# Collectable for BitString: see Collectable.ex. Bits are appended as they are, so a `for`
# into a binary may collect bitstrings (`for <<b::1 <- bits>>, into: <<>>, do: <<b::1>>`).
defmodule Collectable.BitString do
  def into(bitstring) do
    {bitstring, fn
      acc, {:cont, x} when is_bitstring(x) -> <<acc::bitstring, x::bitstring>>
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end
