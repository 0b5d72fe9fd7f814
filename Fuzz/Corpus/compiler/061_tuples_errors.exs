# Out-of-range tuple access raises ArgumentError.
defmodule Slot do
  def get(t, i), do: elem(t, i)
  def set(t, i), do: put_elem(t, i, :x)
end
t = {1, 2}
try do
  Slot.get(t, 2)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Slot.set(t, -1)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(Slot.set(t, 1))
IO.puts("after errors")
