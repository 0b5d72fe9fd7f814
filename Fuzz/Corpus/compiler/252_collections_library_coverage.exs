# Collection errors, MapSet and Access paths.
IO.inspect Enum.chunk_every([1,2,3,4,5],3,2)
IO.inspect Enum.chunk_every([1,2,3],3,1)
IO.inspect Enum.chunk_every([1,2,3,4],3,1)
IO.inspect Enum.chunk_every([1,2,3,4,5],2,4)
IO.inspect Enum.chunk_every([1,2,3,4,5],3,1, :discard)
IO.inspect Enum.chunk_every([1,2,3,4,5],3,3, [:x])
IO.inspect Enum.chunk_every([], 2)
try do Enum.fetch!([1], 3) rescue e -> IO.inspect(e) end
try do Enum.max([]) rescue e -> IO.inspect(e) end
try do Enum.map(5, & &1) rescue e -> IO.puts(Exception.message(e)) end
try do Enum.map({1, 2}, & &1) rescue e -> IO.puts(Exception.message(e)) end
try do Keyword.fetch!([a: 1], :b) rescue e -> IO.puts(Exception.message(e)) end
m = Map.new(a: 1)
try do Map.fetch!(m, :b) rescue e -> IO.puts(Exception.message(e)) end
try do List.first(:x) rescue e -> IO.puts(Exception.message(e)) end
try do [a: 1]["a"] rescue e -> IO.puts(Exception.message(e)) end
IO.inspect(MapSet.new([1, 2]) |> MapSet.union(MapSet.new([5])) |> Enum.map(&(&1 * 2)))
IO.inspect(Enum.into([1, 2, 2], MapSet.new()))
IO.inspect(Enum.zip(%{a: 1}, [1]))
IO.inspect(Enum.sum([1, 2.5]))
IO.inspect(Enum.product([]))
