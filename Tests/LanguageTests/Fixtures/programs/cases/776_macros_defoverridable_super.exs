# defoverridable lets a module replace functions a `use` defined, and super calls the replaced ones
defmodule Counter do
  defmacro __using__(_opts) do
    quote do
      def step(n), do: n + 1
      def describe(n) when n > 100, do: "big"
      def describe(n), do: "value #{n}"
      def name, do: "counter"
      defoverridable step: 1, describe: 1
    end
  end
end

defmodule Doubler do
  use Counter
  def step(n), do: super(n) * 2
  def describe(0), do: "zero"
  def describe(n), do: "doubler " <> super(n)
end

defmodule Plain do
  use Counter
end

IO.inspect(Doubler.step(3))
IO.puts(Doubler.describe(0))
IO.puts(Doubler.describe(5))
IO.puts(Doubler.describe(500))
IO.inspect({function_exported?(Doubler, :step, 1), function_exported?(Doubler, :"step (overridable 1)", 1)})
IO.inspect({Plain.step(3), Plain.describe(1), Plain.name()})
IO.inspect(Enum.map([1, 2], &Doubler.step/1))
