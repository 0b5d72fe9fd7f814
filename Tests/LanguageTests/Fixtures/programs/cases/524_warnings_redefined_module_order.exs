IO.puts("before")
defmodule Twice do
  def value(unused), do: 1
end
IO.puts(Twice.value(0))
defmodule Twice do
  @spare 1
  def value(again), do: 2
  defp hidden, do: 3
end
IO.puts(Twice.value(0))
