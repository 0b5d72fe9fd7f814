# try ... else matches the body's value when nothing was raised.
check = fn x ->
  try do
    10 / x
  rescue
    ArithmeticError -> :divided_by_zero
  else
    v when v > 1 -> {:big, v}
    v -> {:small, v}
  end
end
IO.inspect(check.(2))
IO.inspect(check.(20))
IO.inspect(check.(0))
r = try do
  {:ok, 1}
else
  {:ok, n} -> n + 1
after
  IO.puts("after runs last")
end
IO.inspect(r)
