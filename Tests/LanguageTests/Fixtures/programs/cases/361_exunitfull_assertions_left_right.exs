# assert/refute failures with left:/right: pretty-printed in 80 columns, match failures,
# assert_raise mismatches, flunk, and a failure numbered past 9.
ExUnit.start(seed: 0)

defmodule LeftRightTest do
  use ExUnit.Case

  test "a long list on both sides" do
    assert Enum.to_list(1..40) == Enum.to_list(2..41)
  end

  test "a map broken over lines" do
    m = %{alpha: String.duplicate("a", 30), beta: String.duplicate("b", 30), gamma: String.duplicate("c", 30)}
    assert m == Map.new()
  end

  test "refute of equal values" do
    refute Enum.sum([1]) == 1
  end

  test "assert of nil" do
    assert Map.get(%{}, :key)
  end

  test "a match that fails" do
    assert {:ok, _} = Map.fetch(%{a: Enum.to_list(1..40)}, :b)
  end

  test "less than" do
    assert Enum.count([1, 2, 3, 4, 5]) < 3
  end

  test "assert_raise when nothing is raised" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "assert_raise with another exception" do
    assert_raise ArgumentError, fn -> raise RuntimeError, "boom" end
  end

  test "assert_raise with another message" do
    assert_raise RuntimeError, "expected", fn -> raise "actual" end
  end

  test "flunk" do
    flunk "nope"
  end

  test "strings with newlines" do
    assert "a\nb" == String.replace("a\nb", "b", "c")
  end
end
