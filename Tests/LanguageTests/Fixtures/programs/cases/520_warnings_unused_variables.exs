defmodule Shapes do
  def area({:square, side}, unit), do: side * side
  def scale(factor) do
    factor = factor * 2
    fn factor -> 1 end
  end
  def pick(value, wanted) do
    case value do
      wanted -> :any
    end
  end
  def same({x, x}), do: :same
  def pinned(value, wanted) do
    case value do
      ^wanted -> :yes
      _other -> :no
    end
  end
  def captured(n), do: fn -> n end
  def rescued do
    try do
      raise "boom"
    rescue
      error -> :rescued
    end
  end
  def nested(list) do
    total = 0
    Enum.map(list, fn item ->
      doubled = item * 2
      item
    end)
  end
end
count = 1
count = 2
IO.puts(count)
IO.inspect(Shapes.area({:square, 3}, :cm))
IO.inspect(Shapes.same({1, 1}))
IO.inspect(Shapes.pinned(1, 1))
IO.inspect(Shapes.captured(5).())
IO.inspect(Shapes.rescued())
IO.inspect(Shapes.pick(1, 2))
IO.inspect(Shapes.nested([1, 2]))
IO.inspect(Shapes.scale(2).(3))
