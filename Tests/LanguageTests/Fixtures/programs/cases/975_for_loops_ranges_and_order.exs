# for over ranges and lists: steps, direction, filters, patterns, nesting and evaluation order.
defmodule Loops do
  def divisors(n), do: for(d <- 1..n, rem(n, d) == 0, do: d)
  def pairs(n), do: for(x <- 1..n, y <- x..n, x + y == n, do: {x, y})
  def stepped, do: {for(x <- 1..10//3, do: x), for(x <- 10..1//-4, do: x), for(x <- 1..0//1, do: x)}
  def down, do: for(x <- 3..1, do: x * 10)
  def big, do: for(x <- 18_446_744_073_709_551_614..18_446_744_073_709_551_616, do: x + 1)
  def shaped(list), do: for({:ok, v} when v > 1 <- list, do: v)
  def bound(list), do: for(x <- list, y = x * 2, y > 2, do: y)
  def closures(n), do: for(x <- 1..n, do: fn -> x end) |> Enum.map(& &1.())
end

IO.inspect(Loops.divisors(28))
IO.inspect(Loops.pairs(6))
IO.inspect(Loops.stepped())
IO.inspect(Loops.down())
IO.inspect(Loops.big())
IO.inspect(Loops.shaped([{:ok, 1}, :error, {:ok, 2}, {:ok, 3, 4}, {:ok, 5}]))
IO.inspect(Loops.bound([1, 2, 3]))
IO.inspect(Loops.closures(3))
x = :outer
IO.inspect(for(x <- [1, 2], do: x))
IO.inspect(x)
IO.inspect(for(x <- [1, 2, 1, 3], uniq: true, do: x))
IO.inspect(for({k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k}))
IO.inspect(for(<<c <- "abc">>, c != ?b, into: "", do: <<c + 1>>))
IO.inspect(for(x <- IO.inspect([1, 2], label: "generator"), into: IO.inspect([], label: "into"), do: x))
total = for x <- IO.inspect(1..3, label: "range"), reduce: IO.inspect(0, label: "initial") do
  acc when x > 1 -> acc + x
  acc -> acc
end
IO.inspect(total)
for x <- Stream.map([1, 2], &IO.inspect(&1, label: "stream")), do: IO.inspect(x, label: "body")
IO.inspect(for(x <- [1, 2], y <- MapSet.new([x, 10]), do: x * y))
IO.inspect(for(i <- 1..3, j <- [], do: {i, j}))
try do
  for x <- 5, do: x
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  for x <- [1, 2, 3], do: 10 / (x - 2)
rescue
  e -> IO.puts(Exception.message(e))
end
