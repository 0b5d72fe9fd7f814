# rem/div in every form the compiler fuses (local and constant, two locals, on the stack), with
# big integers, the one quotient that overflows 64 bits, the errors and their :erlang entry.
defmodule Divide do
  def by_constant(n), do: {rem(n, 7), div(n, 7)}
  def by_local(n, d), do: {rem(n, d), div(n, d)}
  def nested(a, b, c), do: rem(a * b, c + 1) + div(a + b, c)
  def explicit(a, b), do: {Kernel.rem(a, b), Kernel.div(a, b)}

  def count_even([], acc), do: acc
  def count_even([h | t], acc) when rem(h, 2) == 0, do: count_even(t, acc + 1)
  def count_even([_ | t], acc), do: count_even(t, acc)

  def first_entry(fun) do
    fun.()
  rescue
    error ->
      [{module, function, arguments, _} | rest] = __STACKTRACE__
      IO.inspect({error.__struct__, Exception.message(error)})
      IO.inspect({module, function, arguments})
      IO.inspect(elem(hd(rest), 1))
  end
end

IO.inspect(Divide.by_constant(100))
IO.inspect(Divide.by_constant(-100))
IO.inspect(Divide.by_local(-7, 2))
IO.inspect(Divide.by_local(7, -2))
IO.inspect(Divide.by_local(0, 5))
IO.inspect(Divide.nested(12, 5, 7))
IO.inspect(Divide.explicit(-17, 5))
IO.inspect(Divide.count_even(Enum.to_list(1..101), 0))
IO.inspect(Divide.by_local(10 ** 30, 7))
IO.inspect(Divide.by_local(10 ** 30, -(10 ** 20)))
IO.inspect(Divide.by_local(123, 10 ** 20))
IO.inspect(Divide.by_local(-9_223_372_036_854_775_808, -1))
IO.inspect(Divide.by_local(9_223_372_036_854_775_807, 9_223_372_036_854_775_807))
x = 5
IO.inspect({rem(x, 3), div(x, 3), rem(x * 11, 4)})
IO.inspect(for n <- 1..12, rem(n, 3) == 0, do: div(n, 3))

Divide.first_entry(fn -> Divide.by_local(1, 0) end)
Divide.first_entry(fn -> Divide.by_constant(1.5) end)
Divide.first_entry(fn -> Divide.by_local(:a, 2) end)
Divide.first_entry(fn -> Divide.explicit(10, 0) end)
Divide.first_entry(fn -> Divide.nested(1, 1, 0) end)
Divide.first_entry(fn -> Divide.by_local(10 ** 30, 0) end)
