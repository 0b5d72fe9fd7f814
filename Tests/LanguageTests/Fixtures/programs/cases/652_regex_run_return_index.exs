IO.inspect(Regex.run(~r/c(d)/, "abcd", return: :index))
IO.inspect(Regex.run(~r/(x)?(b)/, "b", return: :index))
IO.inspect(Regex.run(~r/é/u, "aé", return: :index))
IO.inspect(Regex.run(~r/a/, "banana", return: :index, offset: 2))
