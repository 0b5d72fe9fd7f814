# blocks, if, case and fn in quoted form
IO.inspect(quote do
  a = 1
  b = a * 2
end)
IO.inspect(quote do: if(true, do: 1, else: 2))
IO.inspect(quote do
  case x do
    1 -> :a
    _ -> :b
  end
end)
IO.inspect(quote do: fn x -> x end)
