text = "first line\nsecond line\nthird"
IO.inspect(Regex.scan(~r/^\w+/, text))
IO.inspect(Regex.scan(~r/^\w+/m, text))
IO.inspect(Regex.scan(~r/\w+$/m, text))
IO.inspect(Regex.run(~r/\Afirst/m, text))
IO.inspect(Regex.run(~r/third\z/m, text))
IO.inspect(Regex.run(~r/a$/, "a\n"))
IO.inspect(Regex.run(~r/a\z/, "a\n"))
