# @behaviour with @callback: a missing callback is a warning
defmodule Shape do
  @callback area(term) :: number
  @callback name() :: String.t()
end

defmodule Square do
  @behaviour Shape
  def area(side), do: side * side
end

defmodule Circle do
  @behaviour Shape
  def area(r), do: 3 * r * r
  def name, do: "circle"
end

IO.inspect(Square.area(3))
IO.puts(Circle.name())
