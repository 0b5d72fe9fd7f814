defmodule Deferred do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_call(:wait, from, waiting), do: {:noreply, [from | waiting]}
  def handle_cast(:release, waiting) do
    Enum.each(waiting, fn from -> GenServer.reply(from, :released) end)
    {:noreply, []}
  end
end
{:ok, pid} = GenServer.start_link(Deferred, nil)
task = Task.async(fn -> GenServer.call(pid, :wait) end)
Process.sleep(20)
GenServer.cast(pid, :release)
IO.inspect(Task.await(task))
