# An uncaught ArithmeticError names the failed operation, as Elixir 1.14's blame does;
# Exception.message/1 of a rescued one does not.
defmodule Numbers do
  def zero, do: 0
  def atom, do: :a
  def ratio(a, b), do: div(a, b)
end

for f <- [fn -> div(1, Numbers.zero()) end, fn -> 1 + Numbers.atom() end, fn -> rem(5, Numbers.zero()) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

Numbers.ratio(7, Numbers.zero())
