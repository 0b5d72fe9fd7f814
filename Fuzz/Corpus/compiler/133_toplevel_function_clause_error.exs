# An uncaught FunctionClauseError shows the function and arity.
defmodule Size do
  def of(list) when is_list(list), do: length(list)
end
IO.inspect(Size.of([1, 2]))
Size.of(String.to_atom("not_a_list"))
IO.puts("never printed")
