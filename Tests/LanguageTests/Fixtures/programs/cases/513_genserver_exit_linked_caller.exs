defmodule Crasher do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:crash, _from, s), do: {:stop, :broken, s}
end
{:ok, pid} = GenServer.start_link(Crasher, nil)
GenServer.call(pid, :crash)
IO.puts("not reached")
