# A raise inside Task.async crashes the linked caller; the reason shows the exception.
defmodule Job do
  def run(n) when n > 2, do: raise(ArgumentError, "n is too big: #{n}")
  def run(n), do: n * 10
end
IO.inspect(Task.await(Task.async(fn -> Job.run(1) end)))
Task.await(Task.async(fn -> Job.run(5) end))
IO.puts("never printed")
