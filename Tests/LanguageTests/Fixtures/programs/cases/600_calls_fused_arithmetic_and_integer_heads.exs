# Arithmetic on a local and a constant (n - 1 as an argument) and clause heads that
# test a small integer: overflow to big integers, floats, and the errors stay exact.
defmodule Heads do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def step(n), do: twice(n + 1, n * 3)
  def twice(a, b), do: {a, b}

  def kind(0), do: :zero
  def kind(-1), do: :minus_one
  def kind(2_147_483_647), do: :int32_max
  def kind(2_147_483_648), do: :beyond_int32
  def kind(-2_147_483_648), do: :int32_min
  def kind(x), do: {:other, x}

  def only(0), do: :zero
  def only(7), do: :seven

  def down(n), do: down_from(n - 1)
  def down_from(n), do: n
end

IO.inspect(Heads.fib(15))
IO.inspect(Heads.step(9_223_372_036_854_775_807))
IO.inspect(Heads.step(-9_223_372_036_854_775_808))
IO.inspect(Heads.step(1.5))
IO.inspect(Heads.down(-9_223_372_036_854_775_808))
IO.inspect(Heads.down(100_000_000_000_000_000_000))
IO.inspect(Enum.map([0, -1, 2_147_483_647, 2_147_483_648, -2_147_483_648, 0.0, -0.0, 1.0, :zero], &Heads.kind/1))

try do
  Heads.only(0.0)
rescue
  error -> IO.puts(Exception.format(:error, error))
end

try do
  Heads.step(:nine)
rescue
  error -> IO.puts(Exception.format(:error, error))
end

Heads.down("ten")
