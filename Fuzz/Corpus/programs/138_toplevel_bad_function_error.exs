# Calling a value that is not a function.
defmodule Caller do
  def call(f), do: f.()
end
IO.inspect(Caller.call(fn -> :ok end))
Caller.call({:not, :a, :fun})
