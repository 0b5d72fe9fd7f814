# Joining bitstrings in a construction: bits shift into place.
a = <<1::3>>
b = <<2::5>>
IO.inspect(<<a::bitstring, b::bitstring>>)
IO.inspect(<<a::bits, "x", a::bits>>)
IO.inspect(<<a::bitstring-size(2)>>)
IO.inspect(<<"ab"::binary, a::bits>>)
IO.inspect(<<0::1, "A", 1::7>>)
IO.inspect(bit_size(<<a::bits, a::bits, a::bits>>))
IO.inspect(<< <<1::4>>::bits, <<15::4>>::bits >>)
