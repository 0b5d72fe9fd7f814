# Tuples as fixed-size records, iterated with tuple_size and elem.
point = {3, 4}
{x, y} = point
IO.inspect(:math.sqrt(x * x + y * y))
swap = fn {a, b} -> {b, a} end
IO.inspect(swap.(point))
rgb = {255, 128, 0}
IO.inspect(for i <- 0..(tuple_size(rgb) - 1), do: elem(rgb, i))
IO.inspect(rgb |> Tuple.to_list() |> Enum.map(&div(&1, 2)) |> List.to_tuple())
IO.inspect({:ok, {:nested, {:deeper, 1}}} |> elem(1) |> elem(1))
IO.inspect(tuple_size({}) == 0)
IO.inspect({1, :a} < {1, :b})
