# Streams are lazy; Enum forces them.
s = Stream.map([1, 2, 3], fn x -> IO.puts("mapping #{x}"); x * 2 end)
IO.puts("stream built")
IO.inspect(Enum.to_list(s))
IO.inspect(Stream.iterate(1, &(&1 * 2)) |> Enum.take(10))
IO.inspect(Stream.cycle([:a, :b]) |> Enum.take(5))
IO.inspect(1..1_000_000 |> Stream.filter(&(rem(&1, 1000) == 0)) |> Enum.take(3))
IO.inspect(Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end) |> Enum.to_list())
IO.inspect(Stream.with_index([:x, :y]) |> Enum.to_list())
