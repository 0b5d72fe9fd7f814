# raise with a string gives RuntimeError; multi-line messages are kept.
defmodule Check do
  def positive!(n) when n > 0, do: n
  def positive!(n), do: raise("expected a positive number, got: #{n}")
end
IO.inspect(Check.positive!(3))
Check.positive!(-2)
