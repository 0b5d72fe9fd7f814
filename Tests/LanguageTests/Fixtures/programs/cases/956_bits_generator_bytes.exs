# Byte generators over bitstrings stop where a whole element no longer fits.
IO.inspect(for <<b <- <<1, 2, 3::4>> >>, do: b)
IO.inspect(for <<pair::binary-size(2) <- "abcde">>, do: pair)
IO.inspect(for <<r::8, g::8, b::8 <- <<1, 2, 3, 4, 5, 6, 7>> >>, do: {r, g, b})
IO.inspect(for <<c::utf8 <- "héllo">>, do: c)
IO.inspect(for <<w::16 <- <<0, 1, 0, 2>> >>, w > 1, do: w)
