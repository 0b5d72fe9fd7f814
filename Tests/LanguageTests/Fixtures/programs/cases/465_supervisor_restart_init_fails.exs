defmodule Flaky do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: :flaky)
  def init(_) do
    count = Agent.get_and_update(:counter, fn n -> {n, n + 1} end)
    IO.puts("attempt #{count}")
    if count == 0, do: {:ok, count}, else: {:stop, :refused}
  end
end
Process.flag(:trap_exit, true)
{:ok, _} = Agent.start_link(fn -> 0 end, name: :counter)
{:ok, sup} = Supervisor.start_link([Flaky], strategy: :one_for_one, max_restarts: 2)
Process.exit(Process.whereis(:flaky), :kill)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason)
end
