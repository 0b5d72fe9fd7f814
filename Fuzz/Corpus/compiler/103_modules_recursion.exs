# Plain recursion: factorial, fibonacci, power set.
defmodule Rec do
  def fact(0), do: 1
  def fact(n), do: n * fact(n - 1)

  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def subsets([]), do: [[]]
  def subsets([h | t]) do
    rest = subsets(t)
    rest ++ Enum.map(rest, &[h | &1])
  end
end
IO.inspect(Rec.fact(30))
IO.inspect(Enum.map(0..15, &Rec.fib/1))
IO.inspect(Rec.subsets([1, 2, 3]))
