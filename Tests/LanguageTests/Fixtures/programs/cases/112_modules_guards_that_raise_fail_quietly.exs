# An error inside a guard makes the guard false instead of raising.
defmodule Safe do
  def check(x) when length(x) > 1, do: :long_list
  def check(x) when hd(x) == 1, do: :starts_with_one
  def check(x) when map_size(x) > 0, do: :non_empty_map
  def check(_), do: :fallback
end
IO.inspect(Safe.check([1, 2]))
IO.inspect(Safe.check([1]))
IO.inspect(Safe.check(%{a: 1}))
IO.inspect(Safe.check(:atom))
IO.inspect(Safe.check([]))
