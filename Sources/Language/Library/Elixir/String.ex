# String functions that call back into guest code (a replacement function) or take a regex.
defmodule String do
  def match?(string, %Regex{} = regex) when is_binary(string), do: Regex.match?(regex, string)

  def split(string, pattern, options \\ [])
  def split(string, %Regex{} = regex, options) when is_binary(string), do: Regex.split(regex, string, options)
  def split(string, pattern, options), do: :proctor.string_split(string, pattern, options)

  def replace(subject, pattern, replacement, options \\ [])

  def replace(subject, %Regex{} = pattern, replacement, options) do
    Regex.replace(pattern, subject, replacement, options)
  end

  def replace(subject, pattern, replacement, options) do
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
