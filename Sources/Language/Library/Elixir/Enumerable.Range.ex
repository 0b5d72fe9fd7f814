# Enumerable for Range: see Enumerable.ex.
defmodule Enumerable.Range do
  def count(range), do: {:ok, Enum.count(range)}
  def member?(range, element), do: {:ok, Enum.member?(range, element)}
  def slice(_range), do: {:error, __MODULE__}
  def reduce(range, acc, fun), do: Enumerable.List.reduce(Enum.to_list(range), acc, fun)
end
