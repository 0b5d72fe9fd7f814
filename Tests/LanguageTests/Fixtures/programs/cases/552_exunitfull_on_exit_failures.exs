ExUnit.start(seed: 0)

defmodule OnExitFailureTest do
  use ExUnit.Case

  test "a raise in on_exit fails a passing test" do
    on_exit(fn -> raise "cleanup failed" end)
    assert true
  end

  test "an exit in on_exit" do
    on_exit(fn -> exit(:cleanup_exit) end)
  end

  test "the test's own failure comes first" do
    on_exit(fn -> raise "ignored" end)
    assert 1 == 2
  end

  test "later callbacks still run" do
    on_exit(fn -> Process.put(:ran, true) end)
    on_exit(fn -> throw(:first) end)
  end
end
