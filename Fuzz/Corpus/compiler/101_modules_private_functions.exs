# defp functions are callable only inside the module.
defmodule Secret do
  def reveal(x), do: "revealed: " <> hidden(x)
  defp hidden(x), do: String.reverse(x)
end
IO.puts(Secret.reveal("olleh"))
IO.inspect(function_exported?(Secret, :reveal, 1))
IO.inspect(function_exported?(Secret, :hidden, 1))
try do
  apply(Secret, :hidden, ["x"])
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
