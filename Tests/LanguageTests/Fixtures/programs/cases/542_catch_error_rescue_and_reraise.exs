defmodule Calc do
  def divide(a, b), do: div(a, b)
  def pick(list), do: hd(list)
end

rescued =
  try do
    Calc.divide(1, Enum.count([]))
  rescue
    error -> error
  end
IO.inspect(rescued)

caught =
  try do
    Calc.divide(1, Enum.count([]))
  catch
    :error, reason -> reason
  end
IO.inspect(caught)

# An Erlang term raised again reaches rescue as the exception it stands for.
again =
  try do
    try do
      Calc.pick([])
    catch
      :error, reason -> :erlang.raise(:error, reason, __STACKTRACE__)
    end
  rescue
    error in ArgumentError -> {:rescued, error.__struct__}
  end
IO.inspect(again)

only_errors =
  try do
    Calc.divide(:x, 1)
  catch
    :error, :badarith -> :arith
  end
IO.inspect(only_errors)

IO.inspect(Exception.normalize(:error, :badarith, []))
IO.inspect(Exception.normalize(:error, {:badmatch, 3}, []))
