# A function left out by import only: is undefined.
defmodule Shapes do
  def area(w, h), do: w * h
  def perimeter(w, h), do: 2 * (w + h)
end
defmodule OnlyArea do
  import Shapes, only: [area: 2]
  def run, do: perimeter(2, 3)
end
IO.inspect(OnlyArea.run())
