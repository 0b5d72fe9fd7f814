# Stream.chunk_by and Stream.chunk_while, on finite and infinite sources.
IO.inspect([1, 2, 2, 3, 4, 4, 6, 7, 7] |> Stream.chunk_by(&(rem(&1, 2) == 1)) |> Enum.to_list())
IO.inspect(~w(apple avocado banana blueberry cherry) |> Stream.chunk_by(&String.first/1) |> Enum.to_list())
IO.inspect([] |> Stream.chunk_by(& &1) |> Enum.to_list())
IO.inspect(Stream.cycle([1, 1, 2]) |> Stream.chunk_by(& &1) |> Enum.take(4))
chunk_fun = fn element, acc ->
  if rem(element, 2) == 0, do: {:cont, Enum.reverse([element | acc]), []}, else: {:cont, [element | acc]}
end
after_fun = fn
  [] -> {:cont, []}
  acc -> {:cont, Enum.reverse(acc), []}
end
IO.inspect(1..10 |> Stream.chunk_while([], chunk_fun, after_fun) |> Enum.to_list())
IO.inspect(1..9 |> Stream.chunk_while([], chunk_fun, after_fun) |> Enum.to_list())
