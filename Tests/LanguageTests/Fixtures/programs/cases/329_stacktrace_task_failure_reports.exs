# A failing task's log report shows where it failed, whether it raised, exited or threw.
defmodule Work do
  def check(n) do
    if n > 1, do: raise(ArgumentError, "bad n: #{n}")
    n
  end
end

{:ok, _pid} = Task.start(fn -> Work.check(2) + 1 end)
Process.sleep(100)

Process.flag(:trap_exit, true)

stopped =
  Task.async(fn ->
    exit(:gave_up)
  end)

receive do
  {:EXIT, pid, reason} -> IO.inspect({pid == stopped.pid, reason})
end

thrown = Task.async(fn -> throw(:ball) end)

receive do
  {:EXIT, pid, {reason, _stack}} -> IO.inspect({pid == thrown.pid, reason})
end

Process.sleep(100)
IO.puts("done")
