# import with only: and except: brings in just the named functions.
defmodule Shapes do
  def area(w, h), do: w * h
  def perimeter(w, h), do: 2 * (w + h)
  def square(s), do: area(s, s)
end
defmodule OnlyArea do
  import Shapes, only: [area: 2]
  def run, do: area(2, 3)
  def perimeter(_w, _h), do: :mine
end
defmodule AllButSquare do
  import Shapes, except: [square: 1]
  def run, do: {area(1, 2), perimeter(1, 2)}
  def square(_), do: :local
end
IO.inspect(OnlyArea.run())
IO.inspect(OnlyArea.perimeter(1, 1))
IO.inspect(AllButSquare.run())
IO.inspect(AllButSquare.square(3))
defmodule Funs do
  import Shapes, only: :functions
  def run, do: square(4)
end
IO.inspect(Funs.run())
