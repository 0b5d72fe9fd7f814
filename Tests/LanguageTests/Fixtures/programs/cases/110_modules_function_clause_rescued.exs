# No matching clause raises FunctionClauseError.
defmodule Only do
  def positive(n) when n > 0, do: n
end
IO.inspect(Only.positive(3))
try do
  Only.positive(-3)
rescue
  e in FunctionClauseError ->
    IO.puts(Exception.message(e))
    IO.inspect({e.module, e.function, e.arity})
end
