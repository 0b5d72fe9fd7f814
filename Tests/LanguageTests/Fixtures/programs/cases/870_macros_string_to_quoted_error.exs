# Code.string_to_quoted on text that does not parse
case Code.string_to_quoted("1 +") do
  {:ok, _} -> IO.puts("parsed")
  {:error, _} -> IO.puts("syntax error")
end
{:ok, ast} = Code.string_to_quoted("Enum.sum([1, 2])")
IO.puts(Macro.to_string(ast))
