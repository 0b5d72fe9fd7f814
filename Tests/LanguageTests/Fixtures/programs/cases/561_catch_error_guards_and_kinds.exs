defmodule Safe do
  def run(fun) do
    try do
      fun.()
    catch
      :error, :badarith -> :arithmetic
      :error, {:badmatch, value} -> {:no_match, value}
      :error, reason when is_atom(reason) -> {:other_atom, reason}
      :error, %{__exception__: true} = error -> {:exception, error.__struct__}
      :exit, reason -> {:exited, reason}
    end
  end

  def divide(a, b), do: a / b
  def match(x), do: ({:ok, y} = x; y)
end

IO.inspect(Safe.run(fn -> Safe.divide(1, 0) end))
IO.inspect(Safe.run(fn -> Safe.match(:error) end))
IO.inspect(Safe.run(fn -> apply(Safe, :missing, []) end))
IO.inspect(Safe.run(fn -> raise KeyError, key: :k end))
IO.inspect(Safe.run(fn -> exit(:gone) end))

result =
  try do
    Safe.divide(1, 0)
  rescue
    error in ArithmeticError -> {:rescued, Exception.message(error)}
  end
IO.inspect(result)
