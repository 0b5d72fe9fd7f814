# Capturing named functions and building anonymous ones with &.
defmodule MathOps do
  def square(x), do: x * x
  def add(a, b), do: a + b
end
sq = &MathOps.square/1
IO.inspect(sq.(9))
IO.inspect(Enum.map([1, 2, 3], &MathOps.square/1))
IO.inspect(Enum.reduce([1, 2, 3], 0, &MathOps.add/2))
inc = &(&1 + 1)
IO.inspect(inc.(41))
pair = &{&1, &2}
IO.inspect(pair.(:a, :b))
IO.inspect(Enum.map(["a", "b"], &String.upcase/1))
len = &length/1
IO.inspect(len.([1, 2]))
IO.inspect((&(&1 * &2)).(6, 7))
IO.inspect(is_function(sq, 1))
IO.inspect(Function.info(sq)[:arity])
