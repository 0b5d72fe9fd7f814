# a macro that raises while expanding stops the compilation
defmodule Strict do
  defmacro positive(n) when is_integer(n) and n > 0, do: n
  defmacro positive(_), do: raise(ArgumentError, "positive/1 needs a positive integer literal")
end

defmodule Use do
  require Strict
  def ok, do: Strict.positive(3)
  def bad, do: Strict.positive(-1)
end

IO.puts("never printed")
