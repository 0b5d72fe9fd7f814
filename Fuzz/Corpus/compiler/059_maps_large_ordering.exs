# Maps with up to 32 keys print sorted by key.
m = Map.new(1..32, fn i -> {i, i * i} end)
IO.inspect(Map.keys(m) == Enum.to_list(1..32))
small = Map.new(["delta", "alpha", "charlie", "bravo"], fn s -> {s, String.length(s)} end)
IO.inspect(small)
IO.inspect(Map.new([{:b, 1}, {:a, 2}, {1, 3}, {"s", 4}, {[], 5}, {{}, 6}]))
IO.inspect(map_size(m))
IO.inspect(Enum.sum(Map.values(m)))
