# defoverridable of a function not defined yet is an ArgumentError
defmodule Early do
  defoverridable zzz: 1
  def zzz(x), do: x
end
