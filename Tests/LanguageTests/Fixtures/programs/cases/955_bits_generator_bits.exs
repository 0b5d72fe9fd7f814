# Bitstring generators that take bits, not bytes.
IO.inspect(for <<b::1 <- <<5::4>> >>, do: b)
IO.inspect(for <<n::4 <- <<0x12, 0x34>> >>, do: n)
IO.inspect(for <<a::2, b::2 <- <<0b00011011>> >>, do: {a, b})
IO.inspect(for <<b::1 <- <<0b1010::4, 1::1>> >>, into: "", do: <<b + ?0>>)
sum =
  for <<bit::1 <- "A">>, reduce: 0 do
    acc -> acc + bit
  end

IO.inspect(sum)
IO.inspect(for <<c::3 <- <<255>> >>, do: c)
IO.inspect(for <<b::1 <- <<5::3>> >>, into: <<>>, do: <<b::1, b::1>>)
IO.inspect(Enum.into([<<1::2>>, <<3::2>>], <<0::1>>))
