s = String.duplicate("a", 40) <> "b"
IO.inspect(Regex.match?(~r/(a+)+$/, s))
IO.inspect(Regex.run(~r/(a+)+$/, String.duplicate("a", 5)))
IO.inspect(:done)
