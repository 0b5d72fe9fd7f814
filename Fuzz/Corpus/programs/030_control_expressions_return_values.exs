# Everything is an expression: blocks return their last value.
v = (
  a = 2
  b = 3
  a * b
)
IO.inspect(v)
w = case 1 do
  1 ->
    IO.puts("side effect first")
    :then_value
end
IO.inspect(w)
IO.inspect(IO.puts("puts returns"))
z = if true do
  :first
  :second
end
IO.inspect(z)
