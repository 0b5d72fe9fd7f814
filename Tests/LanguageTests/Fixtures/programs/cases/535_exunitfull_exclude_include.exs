ExUnit.start(exclude: [:slow, area: "network"], include: [area: "local"])
defmodule FilteredTest do
  use ExUnit.Case
  @tag :slow
  test "excluded as slow" do
    assert false
  end
  @tag area: "network"
  test "excluded by value" do
    assert false
  end
  @tag area: "local", slow: true
  test "included by value" do
    assert 1 == 2
  end
  test "runs" do
    assert true
  end
end
