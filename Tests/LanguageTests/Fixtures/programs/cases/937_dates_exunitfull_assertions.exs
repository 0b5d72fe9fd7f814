ExUnit.start(seed: 0)
defmodule DatesTest do
  use ExUnit.Case
  test "adds days" do
    assert Date.add(~D[2024-02-28], 1) == ~D[2024-02-29]
  end
  test "wrong expectation" do
    assert Date.add(~D[2023-02-28], 1) == ~D[2023-02-28]
  end
  test "compare" do
    assert Date.compare(~D[2024-01-01], ~D[2023-01-01]) == :lt
  end
end
