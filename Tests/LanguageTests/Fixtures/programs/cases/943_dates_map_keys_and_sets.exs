counts = Enum.reduce([~D[2024-01-01], ~D[2024-01-02], ~D[2024-01-01]], %{}, fn d, acc ->
  Map.update(acc, d, 1, &(&1 + 1))
end)
IO.inspect(counts)
IO.inspect(Map.get(counts, ~D[2024-01-01]))
set = MapSet.new([~D[2024-01-01], ~D[2024-01-01], ~T[00:00:00]])
IO.inspect(MapSet.size(set))
IO.inspect(MapSet.member?(set, Date.new!(2024, 1, 1)))
IO.inspect(Keyword.new(start: ~D[2024-01-01], stop: ~D[2024-01-31]))
