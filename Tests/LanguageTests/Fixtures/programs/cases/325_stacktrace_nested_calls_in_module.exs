# Nested non-tail calls inside a module, each spread over lines, name the line of each call.
defmodule Nested do
  def outer(x) do
    result =
      middle(
        x,
        x + 1
      )

    {:ok, result}
  end

  def middle(a, b) do
    value = inner(a) + inner(b)
    value * 2
  end

  def inner(n) do
    if n > 2, do: raise("inner failed for #{n}")
    n
  end
end

IO.inspect(Nested.outer(1))
IO.inspect(Nested.outer(2))
IO.puts("never printed")
