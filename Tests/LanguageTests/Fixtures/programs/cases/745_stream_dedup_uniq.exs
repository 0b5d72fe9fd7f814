# Stream.dedup, dedup_by, uniq and uniq_by: strict comparison, lazily on an infinite stream.
IO.inspect([1, 1, 2, 2, 2, 1, 3, 3] |> Stream.dedup() |> Enum.to_list())
IO.inspect([1, 1.0, 1, 2] |> Stream.dedup() |> Enum.to_list())
IO.inspect([{1, :a}, {2, :b}, {2, :c}, {1, :d}] |> Stream.dedup_by(&elem(&1, 0)) |> Enum.to_list())
IO.inspect([3, 1, 3, 2, 1, 4] |> Stream.uniq() |> Enum.to_list())
IO.inspect([1, 1.0, 2] |> Stream.uniq() |> Enum.to_list())
IO.inspect(~w(a bb cc d eee) |> Stream.uniq_by(&String.length/1) |> Enum.to_list())
IO.inspect(Stream.cycle([1, 2, 3]) |> Stream.uniq() |> Enum.take(3))
IO.inspect(Stream.iterate(0, &(&1 + 1)) |> Stream.map(&div(&1, 3)) |> Stream.dedup() |> Enum.take(4))
