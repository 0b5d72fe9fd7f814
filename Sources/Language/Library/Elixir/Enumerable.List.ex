# Enumerable for List: see Enumerable.ex.
defmodule Enumerable.List do
  def count(list), do: {:ok, length(list)}
  def member?(list, element), do: {:ok, :lists.member(element, list)}
  def slice(_list), do: {:error, __MODULE__}
  def reduce(_list, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(list, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(list, &1, fun)}
  def reduce([], {:cont, acc}, _fun), do: {:done, acc}
  def reduce([head | tail], {:cont, acc}, fun), do: reduce(tail, fun.(head, acc), fun)
end
