# An infinite user Enumerable: Enum.take, Enum.find and Stream stop it through {:halt, acc}.
defmodule Nat do
  defstruct []
  defimpl Enumerable do
    def count(_), do: {:error, __MODULE__}
    def member?(_, _), do: {:error, __MODULE__}
    def slice(_), do: {:error, __MODULE__}
    def reduce(s, acc, fun), do: go(0, acc, fun, s)
    defp go(_, {:halt, acc}, _, _), do: {:halted, acc}
    defp go(n, {:suspend, acc}, fun, s), do: {:suspended, acc, &go(n, &1, fun, s)}
    defp go(n, {:cont, acc}, fun, s), do: go(n + 1, fun.(n, acc), fun, s)
  end
end
defmodule M do
  def run do
    IO.inspect Enum.take(%Nat{}, 3)
    IO.inspect Enum.find(%Nat{}, &(&1 > 5))
    IO.inspect Stream.map(%Nat{}, &(&1 * 2)) |> Enum.take(3)
  end
end
M.run
