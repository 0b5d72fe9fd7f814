defmodule Echo do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(msg, _from, state), do: {:reply, msg, state}
end
{:ok, pid} = GenServer.start(Echo, nil)
GenServer.stop(pid)
r = try do
  GenServer.call(pid, :hi)
catch
  :exit, {:noproc, {GenServer, :call, [p, :hi, 5000]}} -> p == pid
end
IO.inspect(r)
reason =
  try do
    GenServer.call(:missing, :hi)
  catch
    :exit, reason -> reason
  end
IO.inspect(reason)
IO.inspect(GenServer.cast(:missing, :hi))
IO.inspect(GenServer.cast(pid, :hi))
