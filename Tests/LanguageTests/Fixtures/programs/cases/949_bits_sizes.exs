# bit_size/1, byte_size/1 (rounds up), is_bitstring/1 and is_binary/1.
for value <- [<<>>, <<1::1>>, <<1::7>>, <<1::8>>, <<1::9>>, "héllo", <<1, 2, 3::3>>] do
  IO.inspect({value, bit_size(value), byte_size(value), is_bitstring(value), is_binary(value)})
end
IO.inspect(is_bitstring(:atom))
IO.inspect(is_bitstring([1, 2]))
IO.inspect(Kernel.is_bitstring(<<1::4>>))
