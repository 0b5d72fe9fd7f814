# Two test modules; catch_throw, catch_exit, flunk.
ExUnit.start(seed: 0)

defmodule AlphaTest do
  use ExUnit.Case

  test "catch_throw and catch_exit" do
    assert catch_throw(throw(:ball)) == :ball
    assert catch_exit(exit(:gone)) == :gone
  end

  test "in and match? assertions" do
    assert 3 in [1, 2, 3]
    assert match?(%{a: _}, %{a: 1, b: 2})
  end
end

defmodule BetaTest do
  use ExUnit.Case

  test "a failing comparison" do
    assert 10 > 20
  end

  test "flunk" do
    flunk("explicit failure")
  end
end
