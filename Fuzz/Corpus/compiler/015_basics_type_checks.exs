# is_* guards on many values.
values = [1, 1.0, :a, "s", 'c', [], {}, %{}, nil, true, &is_atom/1]
for v <- values do
  IO.inspect([
    is_integer(v), is_float(v), is_atom(v), is_binary(v),
    is_list(v), is_tuple(v), is_map(v), is_function(v)
  ])
end
IO.inspect(is_function(&is_atom/1, 1))
IO.inspect(is_function(fn -> 1 end, 1))
IO.inspect(is_nil(nil))
