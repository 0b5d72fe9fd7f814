# for over binaries with <<>> generators.
IO.inspect(for <<b <- "hello">>, do: b)
IO.inspect(for <<c::utf8 <- "héllo">>, do: c)
pixels = <<255, 0, 0, 0, 255, 0>>
IO.inspect(for <<r::8, g::8, b::8 <- pixels>>, do: {r, g, b})
IO.inspect(for <<c <- "abc">>, into: "", do: <<c + 1>>)
