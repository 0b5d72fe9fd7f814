# Building large lists and tuples, then reading from them.
list = for i <- 1..10_000, do: i * 2
IO.inspect(length(list))
IO.inspect(Enum.at(list, 9_999))
tuple = List.to_tuple(list)
IO.inspect(elem(tuple, 5_000))
IO.inspect(tuple_size(tuple))
rev = Enum.reverse(list)
IO.inspect(hd(rev))
IO.inspect(list |> Enum.chunk_every(1000) |> length())
IO.inspect(Enum.zip(list, rev) |> Enum.take(2))
