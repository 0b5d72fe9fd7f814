# A MatchError inside a spawned process is logged; the monitor sees the Erlang reason {{:badmatch, v}, stack}.
defmodule Crash do
  def run do
    pid = spawn(fn -> {:ok, _} = Enum.fetch([], 0) end)
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, stack}} -> {reason, is_list(stack)}
    end
  end
end
result = Crash.run()
Process.sleep(100)
IO.inspect(result, label: "down with")
IO.puts("spawner carries on")
