IO.puts("the warnings come after the script has run")

defmodule Shapes do
  def area({:square, side}), do: side * side
  defp secret, do: 42
  def uses_secret, do: secret()
end

defmodule Report do
  def total(list), do: Enum.sume(list)
  def square, do: Shapes.area({:square, 2})
  def circle(r), do: Shapes.areaa({:circle, r})
  def hidden, do: Shapes.secret()
  def twice do
    Shapes.perimeter(1)
    Shapes.perimeter(2)
  end
  def later(x), do: fn -> Enum.map(x) end
end

IO.puts(Report.square())
IO.puts("done")
