defmodule Bare do
  use GenServer
  def init(s), do: {:ok, s}
end
{:ok, pid} = GenServer.start(Bare, :s)
send(pid, :stray)
Process.sleep(20)
IO.inspect(Process.alive?(pid))
ref = Process.monitor(pid)
GenServer.cast(pid, :something)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(elem(reason, 0))
end
Process.sleep(20)
