ExUnit.start(timeout: 50)
defmodule SlowTest do
  use ExUnit.Case
  test "waits too long" do
    Process.sleep(200)
  end
  @tag timeout: 500
  test "has a longer timeout of its own" do
    Process.sleep(100)
  end
end
