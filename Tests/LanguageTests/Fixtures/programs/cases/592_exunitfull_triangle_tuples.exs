defmodule Triangle do
  @type kind :: :equilateral | :isosceles | :scalene

  @spec kind(number, number, number) :: {:ok, kind} | {:error, String.t()}
  def kind(a, b, c) do
    [x, y, z] = Enum.sort([a, b, c])

    cond do
      x <= 0 -> {:error, "all side lengths must be positive"}
      x + y <= z -> {:error, "side lengths violate triangle inequality"}
      x == z -> {:ok, :equilateral}
      x == y or y == z -> {:ok, :isosceles}
      true -> {:ok, :scalene}
    end
  end
end

defmodule TupleTour do
  def run do
    t = {:a, :b, :c}
    IO.inspect(Tuple.append(t, :d))
    IO.inspect(Tuple.insert_at(t, 0, :z))
    IO.inspect(Tuple.delete_at(t, 1))
    IO.inspect(Tuple.duplicate(0, 3))
    IO.inspect(Tuple.to_list(t))
    IO.inspect(tuple_size(t))
    IO.inspect(put_elem(t, 2, :x))
    IO.inspect(Tuple.product({2, 3}))
    IO.inspect(Tuple.sum({2, 3}))
    IO.inspect(elem(t, Enum.count([1, 2, 3, 4, 5, 6]) - 1))
  end
end

ExUnit.start(seed: 0)

defmodule TriangleTest do
  use ExUnit.Case

  test "kinds" do
    assert Triangle.kind(2, 2, 2) == {:ok, :equilateral}
    assert Triangle.kind(3, 4, 4) == {:ok, :isosceles}
    assert Triangle.kind(3, 4, 5) == {:ok, :scalene}
    assert Triangle.kind(0.5, 0.4, 0.6) == {:ok, :scalene}
    assert Triangle.kind(1, 1, 3) == {:error, "side lengths violate triangle inequality"}
    assert Triangle.kind(0, 0, 0) == {:error, "all side lengths must be positive"}
  end

  test "tuple tour" do
    TupleTour.run()
  end

  test "assert_raise wrong message" do
    assert_raise ArgumentError, "not this", fn -> elem(List.to_tuple(Enum.to_list([])), 0) end
  end
end
