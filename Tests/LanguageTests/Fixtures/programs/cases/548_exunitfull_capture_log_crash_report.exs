ExUnit.start(seed: 0)

defmodule Fragile do
  use GenServer
  def start(arg), do: GenServer.start(__MODULE__, arg)
  @impl true
  def init(arg), do: {:ok, arg}
  @impl true
  def handle_call(:crash, _from, _state), do: raise("kaput")
end

defmodule CrashLogTest do
  use ExUnit.Case
  import ExUnit.CaptureLog

  test "a crash report is captured" do
    log = capture_log(fn ->
      {:ok, pid} = Fragile.start(:s)
      ref = Process.monitor(pid)
      catch_exit(GenServer.call(pid, :crash))
      assert_receive {:DOWN, ^ref, :process, ^pid, _}
    end)
    assert log =~ "[error] GenServer #PID<"
    assert log =~ "** (RuntimeError) kaput"
  end

  test "an exception ends the capture and goes on" do
    assert_raise RuntimeError, "inside", fn ->
      capture_log(fn -> raise "inside" end)
    end
  end
end
