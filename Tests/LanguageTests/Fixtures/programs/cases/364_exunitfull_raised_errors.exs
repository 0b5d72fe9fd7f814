# Errors raised inside tests: a function clause error lists the arguments it was given,
# a match error, a raise from a helper, with code: from the test's line and the stack.
ExUnit.start(seed: 0)

defmodule Shapes do
  def area({:square, side}), do: side * side
  def area({:rect, w, h}, :cm), do: w * h
  def check!(n) when n > 0, do: n
  def check!(n), do: raise(ArgumentError, "expected a positive number, got: #{n}")
end

defmodule RaisedTest do
  use ExUnit.Case

  test "a function clause error with one argument" do
    Shapes.area({:circle, 2})
  end

  test "a function clause error with two arguments" do
    Shapes.area({:rect, 2, Enum.to_list(1..40)}, :m)
  end

  test "a match error" do
    {:ok, value} = Map.fetch(Map.new(), :missing)
    value
  end

  test "a raise in a helper" do
    Shapes.check!(-1)
  end
end
