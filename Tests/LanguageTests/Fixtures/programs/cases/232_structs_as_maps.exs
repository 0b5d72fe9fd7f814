# Structs work with Map functions but are not enumerable.
defmodule Temp do
  defstruct celsius: 0
  def fahrenheit(%Temp{celsius: c}), do: c * 9 / 5 + 32
end
t = struct(Temp, celsius: 100)
IO.inspect(Temp.fahrenheit(t))
IO.inspect(Map.put(t, :celsius, 0))
IO.inspect(Map.get(t, :celsius))
IO.inspect(Map.delete(t, :__struct__))
IO.inspect(is_struct(t))
IO.inspect(is_struct(%{}))
try do
  Enum.count(t)
rescue
  e in Protocol.UndefinedError -> IO.inspect(e.protocol)
end
