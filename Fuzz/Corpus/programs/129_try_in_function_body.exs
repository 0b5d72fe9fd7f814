# Functions can use rescue/catch/after directly without an explicit try.
defmodule Safe do
  def div(a, b) do
    {:ok, Kernel.div(a, b)}
  rescue
    ArithmeticError -> {:error, :zero}
  end

  def get(list, i) do
    Enum.fetch!(list, i)
  catch
    :error, %Enum.OutOfBoundsError{} -> :out_of_bounds
  after
    IO.puts("get finished")
  end
end
IO.inspect(Safe.div(7, 2))
IO.inspect(Safe.div(7, 0))
IO.inspect(Safe.get([1], 0))
IO.inspect(Safe.get([1], 5))
