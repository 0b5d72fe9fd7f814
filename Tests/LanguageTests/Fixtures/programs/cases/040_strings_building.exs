# Joining, building and iterating over strings.
words = ["alpha", "beta", "gamma"]
IO.puts(Enum.join(words, ", "))
IO.puts(Enum.map_join(words, " | ", &String.upcase/1))
IO.puts(words |> Enum.map(&String.first/1) |> Enum.join())
IO.inspect(String.codepoints("abc") |> Enum.reverse() |> Enum.join())
iodata = ["a", ?b, ["c", ["d"]]]
IO.inspect(IO.iodata_to_binary(iodata))
IO.inspect(IO.iodata_length(iodata))
IO.inspect(for <<c <- "abc">>, do: c)
IO.inspect(for c <- String.graphemes("héj"), into: "", do: c <> c)
