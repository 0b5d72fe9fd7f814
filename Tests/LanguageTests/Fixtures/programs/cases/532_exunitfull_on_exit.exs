ExUnit.start()
defmodule CleanupTest do
  use ExUnit.Case
  setup do
    parent = self()
    pid = spawn(fn -> receive do: (:stop -> send(parent, :stopped)) end)
    on_exit(fn -> send(pid, :stop) end)
    {:ok, pid: pid}
  end
  test "the worker is alive during the test", %{pid: pid} do
    assert Process.alive?(pid)
  end
  test "a failing on_exit fails the test" do
    on_exit(fn -> raise "cleanup failed" end)
    assert true
  end
  test "a named on_exit replaces the earlier one" do
    on_exit(:cleanup, fn -> raise "first" end)
    on_exit(:cleanup, fn -> :ok end)
    assert 1 + 1 == 2
  end
end
