# Stream.interval and Stream.timer wait before each element; time passes as they emit.
start = System.monotonic_time(:millisecond)
IO.inspect(Stream.interval(10) |> Enum.take(5))
elapsed = System.monotonic_time(:millisecond) - start
IO.inspect(elapsed >= 50)
IO.inspect(Stream.timer(20) |> Enum.to_list())
IO.inspect(Stream.interval(1) |> Stream.map(&(&1 * &1)) |> Enum.take(4))
IO.inspect(Stream.interval(5) |> Stream.zip([:a, :b, :c]) |> Enum.to_list())
