# Assertions on =~, in, match?, comparisons whose sides are equal, and assert/refute with a message.
ExUnit.start(seed: 0)

defmodule AssertionOperatorsTest do
  use ExUnit.Case

  test "less than with equal sides" do
    assert 5 < Enum.count([1, 2, 3, 4, 5])
  end

  test "not equal with equal sides" do
    assert 1 != Enum.count([1])
  end

  test "not equal with equal values of two types" do
    assert 1 != Enum.sum([1.0])
  end

  test "refuted comparison" do
    refute 1 < Enum.count([1, 2])
  end

  test "string match" do
    assert "hello" =~ "z"
  end

  test "refuted regex match" do
    refute "hello" =~ ~r/h/
  end

  test "message" do
    assert Enum.count([1]) == 2, "custom"
  end

  test "refuted with message" do
    refute Enum.count([1]) == 1, "custom refute"
  end

  test "nil with message" do
    assert nil, "nil msg"
  end

  test "membership" do
    assert 1 in Enum.to_list(2..3)
  end

  test "refuted membership" do
    refute 1 in [1]
  end

  test "match query" do
    assert match?({:ok, _}, Enum.fetch([], 1))
  end

  test "passing forms return their values" do
    assert "abc" =~ ~r/b/
    assert 2 in [1, 2]
    assert match?(%{a: _}, %{a: 1})
    refute "abc" =~ "z"
    assert assert(true, "fine") == true
  end
end
