defmodule Starter do
  use GenServer
  def init(:ok), do: {:ok, :state}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:timeout), do: {:ok, :state, 10}
  def init(:bad), do: :what
  def handle_info(:timeout, state) do
    IO.puts("got timeout")
    {:noreply, state}
  end
end
Process.flag(:trap_exit, true)
IO.inspect(GenServer.start(Starter, :ignore))
IO.inspect(GenServer.start(Starter, :stop))
IO.inspect(GenServer.start_link(Starter, :stop))
{:ok, pid} = GenServer.start(Starter, :timeout)
Process.sleep(50)
IO.inspect(Process.alive?(pid))
{:ok, pid2} = GenServer.start(Starter, :ok)
IO.inspect(:sys.get_state(pid2))
IO.inspect(GenServer.start(Starter, :bad))
