# Keyword lists are lists of {atom, value} pairs, ordered, with duplicate keys allowed.
opts = [size: 10, color: :red, size: 20]
IO.inspect(opts)
IO.inspect(opts == [{:size, 10}, {:color, :red}, {:size, 20}])
IO.inspect(opts[:size])
IO.inspect(opts[:missing])
IO.inspect(Keyword.get(opts, :color))
IO.inspect(Keyword.get_values(opts, :size))
IO.inspect(Keyword.keys(opts))
IO.inspect(Keyword.values(opts))
IO.inspect(Keyword.keyword?(opts))
IO.inspect(Keyword.keyword?([{"s", 1}]))
IO.inspect([{:a, 1}, {:b, 2}])
IO.inspect([{:a, 1}, {"b", 2}])
