ExUnit.start(seed: 0)

defmodule OnExitProcessTest do
  use ExUnit.Case

  test "on_exit runs in another process" do
    test_pid = self()
    on_exit(fn ->
      IO.puts("on_exit in the test's process: #{self() == test_pid}")
    end)
    assert true
  end

  test "callbacks share one process, last registered first" do
    on_exit(fn -> IO.puts("registered first, runs last: #{inspect(Process.get(:mark))}") end)
    on_exit(fn -> Process.put(:mark, :set_by_the_other); IO.puts("registered second, runs first") end)
  end
end
