IO.inspect(Regex.match?(~R(f#{1,3}o), "f#o"))
IO.inspect(~R/a\nb/)
IO.inspect(Regex.run(~R/\d+/, "ab12"))
