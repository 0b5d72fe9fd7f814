# Collapsing repeated readings and keeping the first of each key.
readings = [{:t1, 20}, {:t1, 20}, {:t2, 21}, {:t1, 20}, {:t3, 22}, {:t3, 23}]
IO.inspect(readings |> Stream.dedup() |> Enum.to_list())
IO.inspect(readings |> Stream.dedup_by(&elem(&1, 0)) |> Enum.to_list())
IO.inspect(readings |> Stream.uniq_by(&elem(&1, 0)) |> Enum.to_list())
IO.inspect(readings |> Stream.map(&elem(&1, 1)) |> Stream.chunk_by(&(&1 >= 21)) |> Enum.to_list())
IO.inspect(readings |> Stream.map(&elem(&1, 1)) |> Stream.scan(&max/2) |> Enum.to_list())
