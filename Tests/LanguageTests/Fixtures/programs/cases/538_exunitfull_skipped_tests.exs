ExUnit.start()
defmodule SkippedTest do
  use ExUnit.Case
  @tag :skip
  test "skipped" do
    assert false
  end
  @tag skip: "not ready yet"
  test "skipped with a reason" do
    assert false
  end
end
