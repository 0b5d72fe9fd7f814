# Converting between keyword lists, maps and lists of pairs.
kw = [b: 2, a: 1]
m = Map.new(kw)
IO.inspect(m)
IO.inspect(Map.to_list(m))
IO.inspect(Keyword.new(m) |> Enum.sort())
IO.inspect(Enum.into(m, []))
IO.inspect(Keyword.to_list(kw))
IO.inspect(Enum.map(kw, fn {k, v} -> {Atom.to_string(k), v} end) |> Map.new())
IO.inspect(Keyword.merge([a: 1], [a: 2, c: 3]))
IO.inspect(Keyword.split([a: 1, b: 2, c: 3], [:a, :c]))
