# Enumerable for Range: see Enumerable.ex.
defmodule Enumerable.Range do
  def count(range), do: {:ok, Range.size(range)}
  def member?(range, element), do: {:ok, Enum.member?(range, element)}
  def slice(_range), do: {:error, __MODULE__}

  # Walks the range by its step without building a list, so a range of any size costs
  # only the elements taken (Stream.zip and Enum.take suspend or halt it early).
  def reduce(%Range{first: first, last: last, step: step}, acc, fun), do: walk(first, last, step, acc, fun)

  defp walk(_next, _last, _step, {:halt, acc}, _fun), do: {:halted, acc}
  defp walk(next, last, step, {:suspend, acc}, fun), do: {:suspended, acc, &walk(next, last, step, &1, fun)}
  defp walk(next, last, step, {:cont, acc}, _fun) when (step > 0 and next > last) or (step < 0 and next < last), do: {:done, acc}
  defp walk(next, last, step, {:cont, acc}, fun), do: walk(next + step, last, step, fun.(next, acc), fun)
end
