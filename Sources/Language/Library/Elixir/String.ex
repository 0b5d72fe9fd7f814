# String functions that call back into guest code (a replacement function).
defmodule String do
  def replace(subject, pattern, replacement, options \\ []) do
    parts = :proctor.string_matches(subject, pattern, Keyword.get(options, :global, true))
    join_replaced(parts, replacement, "")
  end

  defp join_replaced([piece], _replacement, acc), do: acc <> piece
  defp join_replaced([piece, match | rest], replacement, acc) when is_function(replacement, 1) do
    join_replaced(rest, replacement, acc <> piece <> replacement.(match))
  end
  defp join_replaced([piece, _match | rest], replacement, acc) when is_binary(replacement) do
    join_replaced(rest, replacement, acc <> piece <> replacement)
  end
end
