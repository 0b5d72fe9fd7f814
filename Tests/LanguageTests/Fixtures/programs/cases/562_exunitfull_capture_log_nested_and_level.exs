ExUnit.start(seed: 0)

defmodule NestedLogTest do
  use ExUnit.Case
  require Logger
  import ExUnit.CaptureLog

  test "nested captures both see the report" do
    outer = capture_log(fn ->
      inner = capture_log(fn -> Logger.warning("twice") end)
      assert inner =~ "[warning] twice"
    end)
    assert outer =~ "[warning] twice"
  end

  test "the global level applies first" do
    Logger.configure(level: :error)
    log = capture_log(fn ->
      Logger.info("filtered")
      Logger.error("kept")
    end)
    Logger.configure(level: :debug)
    refute log =~ "filtered"
    assert log =~ "[error] kept"
  end

  test "a task's crash report" do
    log = capture_log(fn ->
      {:ok, pid} = Task.start(fn -> raise "task failed" end)
      ref = Process.monitor(pid)
      assert_receive {:DOWN, ^ref, :process, ^pid, _}
      Process.sleep(10)
    end)
    assert log =~ "** (RuntimeError) task failed"
  end
end
