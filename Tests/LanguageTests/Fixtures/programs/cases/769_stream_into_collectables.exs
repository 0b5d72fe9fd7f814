# Stream.into collects into a map, a string and a list as a side effect while elements flow on.
pairs = [a: 1, b: 2]
IO.inspect(pairs |> Stream.into(%{}) |> Enum.to_list())
IO.inspect(~w(x y) |> Stream.into("", &String.upcase/1) |> Stream.map(&(&1 <> "!")) |> Enum.to_list())
IO.inspect(1..5 |> Stream.into([]) |> Enum.take(2))
IO.inspect(1..3 |> Stream.into(MapSet.new()) |> Stream.run())
