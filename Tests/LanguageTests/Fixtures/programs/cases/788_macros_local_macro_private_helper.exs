# a macro used later in its own module may call the private helpers written before it
defmodule Local do
  defp helper(x), do: x * 100
  defp label(x), do: "n=#{x}"

  defmacrop scaled(x), do: helper(x)
  defmacrop labelled(x), do: label(x)

  def f, do: scaled(2)
  def g, do: labelled(7)
end

IO.inspect(Local.f())
IO.inspect(Local.g())
