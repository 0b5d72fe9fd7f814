# `in` checks membership in lists, ranges and maps (as {k, v} pairs).
IO.inspect(2 in [1, 2, 3])
IO.inspect(5 in 1..4)
IO.inspect(3 in 1..10//2)
IO.inspect(4 in 1..10//2)
IO.inspect(:x not in [:a, :b])
IO.inspect({:a, 1} in %{a: 1})
IO.inspect(1.0 in [1])
IO.inspect(1.0 in 1..2)
defmodule Vowel do
  def vowel?(c) when c in ~w(a e i o u), do: true
  def vowel?(_), do: false
end
IO.inspect(Enum.map(["a", "b", "e"], &Vowel.vowel?/1))
