# Multi-clause anonymous functions with guards.
describe = fn
  0 -> "zero"
  n when n < 0 -> "negative"
  n when is_integer(n) -> "positive"
  _other -> "not an integer"
end
IO.inspect(Enum.map([0, -2, 9, :x], describe))
swap = fn {a, b} -> {b, a} end
IO.inspect(swap.({1, 2}))
sum2 = fn
  a, b when is_list(a) -> a ++ b
  a, b -> a + b
end
IO.inspect({sum2.([1], [2]), sum2.(1, 2)})
noargs = fn -> :called end
IO.inspect(noargs.())
