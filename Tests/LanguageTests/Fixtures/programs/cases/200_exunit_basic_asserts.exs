# assert and refute, passing and failing; seed 0 keeps failures in definition order.
ExUnit.start(seed: 0)

defmodule BasicTest do
  use ExUnit.Case

  test "arithmetic works" do
    assert 1 + 1 == 2
    refute 1 + 1 == 3
  end

  test "failing equality" do
    assert [1, 2, 3] == [1, 2, 4]
  end

  test "pattern match assert" do
    assert {:ok, _} = {:ok, 5}
  end

  test "failing refute" do
    refute String.contains?("elixir", "lix")
  end

  test "truthy and falsy" do
    assert "non-empty"
    refute nil
  end
end
