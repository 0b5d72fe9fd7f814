ExUnit.start()
defmodule DeltaTest do
  use ExUnit.Case
  test "close enough" do
    assert_in_delta 0.1 + 0.2, 0.3, 1.0e-9
    assert_in_delta 10, 12, 2
    refute_in_delta 1.0, 1.5, 0.1
  end
  test "too far apart" do
    assert_in_delta 1.0, 1.5, 0.1
  end
  test "with a message" do
    assert_in_delta 3, 7, 1, "not close"
  end
  test "refuted but close" do
    refute_in_delta 2.0, 2.05, 0.1
  end
  test "a negative delta" do
    assert_in_delta 1, 1, -1
  end
end
