# Erlang's `:timer.tc/1,3`, which benchmarks and learners use to time a function.
defmodule :timer do
  def tc(fun) do
    started = System.monotonic_time(:microsecond)
    value = fun.()
    {System.monotonic_time(:microsecond) - started, value}
  end

  def tc(module, function, arguments) do
    started = System.monotonic_time(:microsecond)
    value = apply(module, function, arguments)
    {System.monotonic_time(:microsecond) - started, value}
  end
end
