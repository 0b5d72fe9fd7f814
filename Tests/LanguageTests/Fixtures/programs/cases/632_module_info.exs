# Every module answers __info__/1 and module_info/0,1: its functions, macros, struct, name.
defmodule Point do
  @enforce_keys [:x]
  defstruct [:x, y: 0]
  def new(x), do: %Point{x: x}
  def origin, do: new(0)
  def z(p), do: p
  defp hidden, do: :secret
  defmacro twice(expr), do: quote(do: unquote(expr) * 2)
  def reveal, do: hidden()
end
defmodule Plain do
  def run(a, b), do: {a, b}
end
IO.inspect(Point.__info__(:functions))
IO.inspect(Point.__info__(:macros))
IO.inspect(Point.__info__(:module))
IO.inspect(Point.__info__(:struct))
IO.inspect(Plain.__info__(:functions))
IO.inspect(Plain.__info__(:struct))
IO.inspect(Plain.__info__(:macros))
IO.inspect(Plain.module_info(:module))
IO.inspect(Plain.module_info(:exports) |> Enum.sort())
IO.inspect(function_exported?(Plain, :__info__, 1))
IO.inspect(function_exported?(Plain, :module_info, 0))
IO.inspect(apply(Plain, :__info__, [:functions]))
mod = Point
IO.inspect(mod.__info__(:module))
IO.inspect(Keyword.has_key?(Enum.__info__(:functions), :map))
IO.inspect(Enum.__info__(:module))
