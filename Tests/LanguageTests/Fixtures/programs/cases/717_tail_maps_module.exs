# Erlang's :maps with its argument order; :maps.get of a missing key raises.
m = %{a: 1, b: 2}
IO.inspect :maps.get(:a, m)
IO.inspect :maps.put(:c, 3, m)
IO.inspect :maps.keys(m)
IO.inspect :maps.values(m)
IO.inspect :maps.to_list(m)
IO.inspect :maps.from_list([x: 1])
IO.inspect :maps.is_key(:a, m)
IO.inspect :maps.remove(:a, m)
IO.inspect :maps.size(m)
IO.inspect :maps.merge(m, %{z: 0})
IO.inspect :maps.find(:b, m)
IO.inspect :maps.get(:zz, m, :default)
IO.inspect :maps.map(fn _k, v -> v * 10 end, m)
IO.inspect :maps.filter(fn _k, v -> v > 1 end, m)
IO.inspect :maps.fold(fn _k, v, acc -> v + acc end, 0, m)
IO.inspect :maps.update(:a, 5, m)
IO.inspect :maps.new()
try do
  :maps.get(:zz, Map.new(m))
rescue
  e -> IO.inspect(e)
end
