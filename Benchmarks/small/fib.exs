defmodule Fib do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

{microseconds, value} = :timer.tc(fn -> Fib.fib(20) end)
IO.puts("fib(20) = #{value}")
IO.puts("fib_us #{microseconds}")
