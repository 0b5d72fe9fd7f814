# Ranges in guards, for loops and slicing.
defmodule Temp do
  def describe(t) when t in -50..0, do: :freezing
  def describe(t) when t in 1..20, do: :mild
  def describe(_), do: :hot
end
IO.inspect(Enum.map([-10, 0, 15, 30], &Temp.describe/1))
IO.inspect(Enum.slice([:a, :b, :c, :d, :e], 1..3))
IO.inspect(String.slice("abcdef", 0..-2//1))
for i <- 3..1, do: IO.puts("countdown #{i}")
IO.inspect(Enum.zip(1..3, ?a..?c))
