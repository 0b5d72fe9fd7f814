ExUnit.start(seed: 0)

defmodule Ops do
  def add(a, b), do: a + b
  def first([x | _]), do: x
end

defmodule CatchErrorTest do
  use ExUnit.Case

  test "catch_error gives the Erlang term" do
    assert catch_error(Ops.add(1, :b)) == :badarith
    assert catch_error(Ops.first([])) == :function_clause
    assert catch_error(raise "boom") == %RuntimeError{message: "boom"}
  end

  test "assert_raise still sees the exception" do
    assert_raise ArithmeticError, fn -> Ops.add(1, :b) end
    assert_raise FunctionClauseError, fn -> Ops.first([]) end
  end

  test "a failing comparison shows the term" do
    assert catch_error(Ops.add(1, :b)) == %ArithmeticError{message: "bad argument in arithmetic expression"}
  end
end
