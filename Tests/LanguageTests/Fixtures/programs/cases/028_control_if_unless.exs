# if/unless return values, and nil when no branch runs.
IO.inspect(if true, do: 1, else: 2)
IO.inspect(if nil, do: 1, else: 2)
IO.inspect(if false, do: :never)
IO.inspect(unless 1 > 2, do: :math_works)
IO.inspect(unless true, do: :never)
x = 10
msg =
  if x > 5 do
    "big"
  else
    "small"
  end
IO.puts(msg)
y = if x > 0, do: x * 2, else: 0
IO.inspect(y)
IO.inspect(if [], do: :empty_list_is_truthy)
