# Range functions written in Elixir.
defmodule Range do
  def size(%Range{first: first, last: last, step: step}) when step > 0 and first > last, do: 0
  def size(%Range{first: first, last: last, step: step}) when step < 0 and first < last, do: 0
  def size(%Range{first: first, last: last, step: step}), do: div(last - first, step) + 1
  def disjoint?(left, right) do
    Range.size(left) == 0 or Range.size(right) == 0 or
      not Enum.any?(left, fn x -> Enum.member?(right, x) end)
  end
end
