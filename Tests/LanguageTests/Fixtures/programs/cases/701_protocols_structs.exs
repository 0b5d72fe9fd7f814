# Implementations for structs: defimpl inside the struct's module (implicit for:), @for and @protocol.
defprotocol Area do
  def area(shape)
  def name(shape, prefix)
end

defmodule Square do
  defstruct side: 1

  defimpl Area do
    def area(%{side: side}), do: side * side
    def name(_square, prefix), do: prefix <> "square"
    def info, do: {@for, @protocol}
  end
end

defmodule Circle do
  defstruct radius: 1
end

defimpl Area, for: Circle do
  def area(%Circle{radius: r}), do: Float.round(3.14159 * r * r, 2)
  def name(_circle, prefix), do: prefix <> "circle"
end

defmodule Main do
  def run do
    shapes = [%Square{side: 3}, %Circle{radius: 2}]
    IO.inspect(Enum.map(shapes, &Area.area/1))
    IO.inspect(Enum.map(shapes, &Area.name(&1, "a ")))
    IO.inspect(Area.Square.info())
    IO.inspect(Area.impl_for(%Circle{}))
    IO.inspect(Area.impl_for(%{radius: 1}))
  end
end

Main.run()
