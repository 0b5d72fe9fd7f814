# Enum.sum, Enum.map, Enum.frequencies and Map.update on lists, ranges and wrong arguments.
defmodule Attempt do
  def run(fun) do
    IO.inspect(fun.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

Attempt.run(fn -> Enum.sum([1, 2, 3.5]) end)
Attempt.run(fn -> Enum.sum([]) end)
Attempt.run(fn -> {Enum.sum(1..100), Enum.sum(1..10//3), Enum.sum(10..1//-4), Enum.sum(1..0//1), Enum.sum(5..1)} end)
Attempt.run(fn -> Enum.sum(MapSet.new([1, 2])) end)
Attempt.run(fn -> Enum.sum([1, :a]) end)
Attempt.run(fn -> Enum.sum(5) end)
Attempt.run(fn -> Enum.map([1, 2, 3], &(&1 * 2)) end)
Attempt.run(fn -> {Enum.map(1..5//2, &(&1 * 2)), Enum.map(3..1, & &1), Enum.map(1..0//1, & &1)} end)
Attempt.run(fn -> Enum.map(%{a: 1}, fn {k, v} -> {v, k} end) end)
Attempt.run(fn -> Enum.map(5, & &1) end)
Attempt.run(fn -> Enum.frequencies(~w(a b a c b a)) end)
Attempt.run(fn -> Enum.frequencies(1..3) end)
Attempt.run(fn -> Enum.frequencies([1, 1.0, 1]) end)
Attempt.run(fn -> Enum.frequencies(5) end)
Attempt.run(fn -> Map.update(%{a: 1}, :a, 0, &(&1 + 1)) end)
Attempt.run(fn -> Map.update(%{a: 1}, :b, 0, &(&1 + 1)) end)
Attempt.run(fn -> Map.update(Enum.at([5], 0), :b, 0, &(&1 + 1)) end)
Attempt.run(fn -> Enum.reduce(~w(x y x), %{}, fn w, acc -> Map.update(acc, w, 1, &(&1 + 1)) end) end)
