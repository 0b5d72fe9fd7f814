# Stream.chunk_every rejects a count or step below 1.
try do
  Stream.chunk_every(1..3, 0)
rescue
  e -> IO.inspect(e.__struct__)
end
try do
  Stream.chunk_every(1..3, 2, 0)
rescue
  e -> IO.inspect(e.__struct__)
end
IO.inspect(1..3 |> Stream.chunk_every(1) |> Enum.to_list())
IO.inspect(1..3 |> Stream.chunk_every(5) |> Enum.to_list())
IO.inspect(1..3 |> Stream.chunk_every(5, 5, :discard) |> Enum.to_list())
IO.inspect(1..3 |> Stream.chunk_every(5, 1, [0, 0, 0]) |> Enum.to_list())
