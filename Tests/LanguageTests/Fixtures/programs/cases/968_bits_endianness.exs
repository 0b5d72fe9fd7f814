# little-endian and signed integer segments.
IO.inspect(<<1::little-16>>)
IO.inspect(<<0x0102::little-size(16)>>)
IO.inspect(<<-2::signed-integer-size(8)>>)
IO.inspect(<<-1::little-signed-32>>)
<<n::little-32>> = <<1, 0, 0, 0>>
IO.inspect(n)
<<m::little-signed-16>> = <<0xFE, 0xFF>>
IO.inspect(m)
<<a::big-16, b::native-16>> = <<0, 5, 0, 6>>
IO.inspect({a, b})
