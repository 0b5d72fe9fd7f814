# inspect truncates collections after 50 elements by default.
IO.inspect(Enum.to_list(1..60))
IO.inspect(Enum.to_list(1..50))
IO.inspect(Map.new(1..55, &{&1, &1}) |> map_size())
IO.inspect(List.to_tuple(Enum.to_list(1..52)))
IO.inspect(Enum.to_list(1..60), limit: :infinity)
IO.inspect(String.duplicate("ab", 10))
