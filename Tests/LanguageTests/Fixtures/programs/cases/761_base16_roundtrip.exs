# Base16 over every byte value, both cases, and mixed-case decoding.
bytes = for n <- 0..255, into: <<>>, do: <<n>>
upper = Base.encode16(bytes)
lower = Base.encode16(bytes, case: :lower)
IO.puts(binary_part(upper, 480, 32))
IO.puts(binary_part(lower, 480, 32))
IO.inspect(Base.decode16!(upper) == bytes)
IO.inspect(Base.decode16!(lower, case: :lower) == bytes)
IO.inspect(Base.decode16(lower))
IO.inspect(Base.decode16("aBcD", case: :mixed))
