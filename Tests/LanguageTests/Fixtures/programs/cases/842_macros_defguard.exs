# defguard in one module, imported and used in guards of another
defmodule Guards do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  defguard is_small(n) when n < 10
end

defmodule Use do
  import Guards
  def kind(n) when is_even(n) and is_small(n), do: :small_even
  def kind(n) when is_even(n), do: :even
  def kind(_), do: :other
  def check(n), do: is_even(n)
end

IO.inspect(Enum.map([2, 12, 3, :a], &Use.kind/1))
IO.inspect(Use.check(4))
