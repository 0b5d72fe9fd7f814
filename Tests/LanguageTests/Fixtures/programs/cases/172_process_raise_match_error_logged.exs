# A MatchError inside a spawned process is logged; the monitor sees the Erlang reason {{:badmatch, v}, stack}.
defmodule Crash do
  def run do
    pid = spawn(fn -> {:ok, _} = Enum.fetch([], 0) end)
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, stack}} ->
        IO.inspect(reason, label: "down with")
        IO.inspect(is_list(stack), label: "stacktrace is a list")
    end
  end
end
Crash.run()
Process.sleep(50)
IO.puts("spawner carries on")
