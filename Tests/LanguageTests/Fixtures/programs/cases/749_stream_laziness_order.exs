# New Stream functions are lazy: side effects run only as elements are pulled, in order.
stream =
  1..6
  |> Stream.each(&IO.puts("pull #{&1}"))
  |> Stream.chunk_every(2)
  |> Stream.dedup()
  |> Stream.scan(&(&1 ++ &2))
IO.puts("built")
IO.inspect(Enum.take(stream, 2))
IO.inspect(1..4 |> Stream.each(&IO.puts("see #{&1}")) |> Stream.uniq() |> Enum.take(1))
