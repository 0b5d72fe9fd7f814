ExUnit.start(seed: 0)

defmodule CaptureLogTest do
  use ExUnit.Case
  require Logger
  import ExUnit.CaptureLog

  defp lines(log) do
    log
    |> String.split("\n", trim: true)
    |> Enum.map(&Regex.replace(~r/^\d\d:\d\d:\d\d\.\d{3} /, &1, ""))
  end

  test "captures every level" do
    log = capture_log(fn ->
      Logger.debug("d")
      Logger.info("i")
      Logger.warning("w")
      Logger.error("e")
    end)
    assert lines(log) == ["[debug] d", "[info] i", "[warning] w", "[error] e"]
  end

  test "level option" do
    log = capture_log([level: :warning], fn ->
      Logger.info("quiet")
      Logger.error("loud")
    end)
    assert lines(log) == ["[error] loud"]
  end

  test "with_log returns the result too" do
    {result, log} = with_log(fn ->
      Logger.info("working")
      :done
    end)
    assert result == :done
    assert log =~ "[info] working"
  end

  test "other processes are captured" do
    log = capture_log(fn ->
      task = Task.async(fn -> Logger.info("from a task") end)
      Task.await(task)
    end)
    assert log =~ "from a task"
  end

  test "a failing match shows the log" do
    log = capture_log(fn -> Logger.info("seen") end)
    assert lines(log) == ["[info] unseen"]
  end
end
