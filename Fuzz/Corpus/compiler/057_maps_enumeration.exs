# Enumerating maps yields {key, value} tuples in key order.
m = %{c: 3, a: 1, b: 2}
Enum.each(m, fn {k, v} -> IO.puts("#{k}=#{v}") end)
IO.inspect(Enum.map(m, fn {k, v} -> {k, v * 10} end))
IO.inspect(Map.new(m, fn {k, v} -> {v, k} end))
IO.inspect(for {k, v} <- m, v > 1, into: %{}, do: {k, -v})
IO.inspect(Enum.into([z: 26], m))
IO.inspect(Enum.reduce(m, 0, fn {_, v}, acc -> v + acc end))
IO.inspect(Enum.count(m))
IO.inspect(Enum.sort_by(m, fn {_, v} -> -v end))
IO.inspect(Map.keys(%{10 => :a, 2 => :b, 33 => :c}))
