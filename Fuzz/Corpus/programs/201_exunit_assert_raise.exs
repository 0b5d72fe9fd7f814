# assert_raise with a type or a message; an unexpected raise fails the test.
ExUnit.start(seed: 0)

defmodule RaiseTest do
  use ExUnit.Case

  test "assert_raise with a type" do
    assert_raise ArithmeticError, fn -> 1 / Enum.count([]) end
  end

  test "assert_raise with a message" do
    assert_raise RuntimeError, "boom", fn -> raise "boom" end
  end

  test "assert_raise fails when nothing is raised" do
    assert_raise ArgumentError, fn -> :fine end
  end

  test "assert_raise fails on the wrong message" do
    assert_raise RuntimeError, "expected", fn -> raise "actual" end
  end

  test "an unexpected exception fails the test" do
    Map.fetch!(%{}, String.to_atom("missing"))
  end
end
