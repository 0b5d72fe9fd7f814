# Stream.with_index with an offset or a function, take_while and drop_while, flat_map.
IO.inspect([:a, :b, :c] |> Stream.with_index() |> Enum.to_list())
IO.inspect([:a, :b, :c] |> Stream.with_index(1) |> Enum.to_list())
IO.inspect(Stream.iterate(1, &(&1 * 2)) |> Stream.take_while(&(&1 < 100)) |> Enum.to_list())
IO.inspect(1..10 |> Stream.drop_while(&(&1 < 7)) |> Enum.to_list())
IO.inspect(Stream.iterate(1, &(&1 + 1)) |> Stream.drop_while(&(&1 < 5)) |> Enum.take(3))
IO.inspect(1..3 |> Stream.flat_map(&[&1, &1 * 10]) |> Enum.to_list())
IO.inspect(Stream.cycle([1, 2]) |> Stream.flat_map(&List.duplicate(&1, &1)) |> Enum.take(7))
