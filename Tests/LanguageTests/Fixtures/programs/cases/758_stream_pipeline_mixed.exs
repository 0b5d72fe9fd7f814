# A pipeline mixing old and new Stream functions over a resource.
lines = Stream.resource(fn -> ["a b", "b c", "", "c d d", "e"] end, fn
  [] -> {:halt, []}
  [line | rest] -> {[line], rest}
end, fn _ -> IO.puts("closed") end)
words =
  lines
  |> Stream.flat_map(&String.split/1)
  |> Stream.dedup()
  |> Stream.uniq()
  |> Stream.with_index(1)
  |> Stream.chunk_every(2, 2, [:pad])
IO.inspect(Enum.to_list(words))
IO.inspect(lines |> Stream.reject(&(&1 == "")) |> Stream.scan(0, &(String.length(&1) + &2)) |> Enum.take(2))
