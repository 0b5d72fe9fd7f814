defprotocol Shape do
  @doc "Area of a shape"
  def area(shape)
  @doc "Perimeter of a shape"
  def perimeter(shape)
end

defmodule Circle do
  @enforce_keys [:radius]
  defstruct [:radius]
end

defmodule Rect do
  @enforce_keys [:w, :h]
  defstruct [:w, :h]
  @type t :: %__MODULE__{w: number, h: number}
end

defimpl Shape, for: Circle do
  def area(%Circle{radius: r}), do: :math.pi() * r * r
  def perimeter(%Circle{radius: r}), do: 2 * :math.pi() * r
end

defimpl Shape, for: Rect do
  def area(%Rect{w: w, h: h}), do: w * h
  def perimeter(%Rect{w: w, h: h}), do: 2 * (w + h)
end

defimpl String.Chars, for: Rect do
  def to_string(%Rect{w: w, h: h}), do: "#{w}x#{h}"
end

defmodule Shapes do
  def total_area(shapes), do: shapes |> Enum.map(&Shape.area/1) |> Enum.sum()
  def describe(shape), do: "#{inspect(shape.__struct__)} with area #{Float.round(Shape.area(shape) / 1, 2)}"
end

ExUnit.start(seed: 0)

defmodule ShapeTest do
  use ExUnit.Case

  test "circle area" do
    assert_in_delta Shape.area(%Circle{radius: 1}), 3.14159, 0.001
  end

  test "rect" do
    r = %Rect{w: 3, h: 4}
    assert Shape.area(r) == 12
    assert Shape.perimeter(r) == 14
    assert "#{r}" == "3x4"
  end

  test "total" do
    IO.puts(Shapes.total_area([%Rect{w: 1, h: 2}, %Rect{w: 3, h: 3}]))
    IO.puts(Shapes.describe(%Circle{radius: 2}))
  end

  test "not implemented" do
    Shape.area(%{radius: 1})
  end

  test "enforce keys" do
    assert_raise ArgumentError, fn -> struct!(Rect, w: 1) end
  end

  test "interpolating circle fails" do
    "#{%Circle{radius: 1}}"
  end
end
