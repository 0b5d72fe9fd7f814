# Integer segments wider than 64 bits.
big = 0x0102030405060708090A0B0C0D0E0F10
bin = <<big::128>>
IO.inspect(bin)
<<back::128>> = bin
IO.inspect(back == big)
<<neg::signed-96>> = <<-5::96>>
IO.inspect(neg)
<<high::64, low::64>> = bin
IO.inspect({high, low})
<<wide::size(72)>> = <<255, 255, 255, 255, 255, 255, 255, 255, 255>>
IO.inspect(wide)
