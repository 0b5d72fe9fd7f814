IO.inspect(Regex.scan(~r/a*/, "baaa"))
IO.inspect(Regex.scan(~r//, "abc"))
IO.inspect(Regex.scan(~r/x*/, ""))
IO.inspect(Regex.scan(~r/\b/, "hi you", return: :index))
