# Integers in segments of any number of bits: truncated, negative, wide.
defmodule Build do
  def segment(value, bits), do: <<value::size(bits)>>
end

IO.inspect(<<-1::4>>)
IO.inspect(<<300::4>>)
IO.inspect(<<1::1, 1::1, 0::1, 1::5>>)
IO.inspect(<<2::3, 3::3, 1::2>>)
IO.inspect(Build.segment(5, 3))
IO.inspect(Build.segment(-2, 12))
IO.inspect(Build.segment(1, 0))
IO.inspect(Build.segment(1, 70))
IO.inspect(Build.segment(-1, 70))
IO.inspect(Build.segment(123_456_789_012_345_678_901, 80))
IO.inspect(<<65::size(7), 1::size(1)>>)
