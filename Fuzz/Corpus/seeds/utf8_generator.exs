IO.inspect(for <<c::utf8 <- "héllo">>, do: c)
