defmodule Stopper do
  use GenServer
  def init(_), do: {:ok, 0}
  def handle_call(:stop, _from, state), do: {:stop, :normal, :bye, state}
  def handle_cast(:stop, state), do: {:stop, :normal, state}
  def handle_cast(:odd, state), do: {:stop, :odd_reason, state}
  def terminate(reason, _state), do: IO.puts("terminate #{inspect(reason)}")
end
{:ok, a} = GenServer.start(Stopper, nil)
IO.inspect(GenServer.call(a, :stop))
Process.sleep(10)
IO.inspect(Process.alive?(a))
{:ok, b} = GenServer.start(Stopper, nil)
GenServer.cast(b, :stop)
Process.sleep(10)
IO.inspect(Process.alive?(b))
{:ok, c} = GenServer.start(Stopper, nil)
ref = Process.monitor(c)
GenServer.cast(c, :odd)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
end
Process.sleep(10)
