# Calling a fun with the wrong arity at top level.
defmodule Caller do
  def call_with_two(f), do: f.(1, 2)
end
IO.inspect(Caller.call_with_two(fn a, b -> a * b end))
Caller.call_with_two(fn a -> a end)
