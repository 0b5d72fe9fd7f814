# throw/catch for non-local returns.
find_first_even = fn list ->
  try do
    Enum.each(list, fn x -> if rem(x, 2) == 0, do: throw({:found, x}) end)
    :none
  catch
    {:found, x} -> x
  end
end
IO.inspect(find_first_even.([1, 3, 6, 8]))
IO.inspect(find_first_even.([1, 3]))
r = try do
  throw(:anything)
catch
  :throw, value -> {:thrown, value}
end
IO.inspect(r)
r2 = catch_value = try do throw(42) catch x -> x * 2 end
IO.inspect({r2, catch_value})
