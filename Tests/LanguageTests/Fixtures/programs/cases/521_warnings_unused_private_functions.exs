defmodule Helpers do
  def run(list), do: Enum.map(list, &double/1) ++ [triple(1)]
  defp double(x), do: x * 2
  defp triple(x), do: x * 3
  defp never(x), do: only_from_never(x)
  defp only_from_never(x), do: x
  defp with_default(x, y \\ 1), do: x + y
  def uses_default(x), do: with_default(x)
end
IO.inspect(Helpers.run([1, 2]))
IO.inspect(Helpers.uses_default(1))
