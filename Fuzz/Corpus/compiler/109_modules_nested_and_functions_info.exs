# Nested modules, __MODULE__ and apply/3.
defmodule Outer do
  def name, do: __MODULE__
  defmodule Inner do
    def name, do: __MODULE__
    def call_outer, do: Outer.name()
  end
end
IO.inspect(Outer.name())
IO.inspect(Outer.Inner.name())
IO.inspect(Outer.Inner.call_outer())
IO.inspect(apply(Outer.Inner, :name, []))
IO.inspect(apply(Enum, :sum, [[1, 2, 3]]))
IO.inspect(apply(fn a, b -> a - b end, [10, 3]))
mod = Outer
IO.inspect(mod.name())
IO.inspect(Code.ensure_loaded?(Outer))
